/**
 * Tracing (SPEC §18): a request continues the caller's W3C trace; the route, its transactions and its peer
 * calls are spans of that trace; the peers receive its traceparent; the outbox message carries it and its
 * publish is in it; a consumed message continues the trace of its traceparent; logs carry the ids.
 */
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloudEvent } from '../../src/bus/cloud-event.js';
import { startJob, type RunningJob } from '../../src/jobs/job-runner.js';
import { createMetrics } from '../../src/metrics.js';
import { inSpan, traceLogFields } from '../../src/tracing.js';
import { eventually } from '../support/harness.js';
import { bearer, cartOf, payIntent, placeOrder, useTestServiceOnScratchDatabase } from '../support/orders.js';

const spans = new InMemorySpanExporter();
// On a database and a bus of its own: the spans of the outbox relay and of the consumer are recorded only in
// this process, so no other test file's relay may publish these rows and no other consumer may take these
// messages (the in-memory bus delivers them to this service's consumer).
const svc = useTestServiceOnScratchDatabase({ spanExporter: spans, messaging: false });
let relay: RunningJob | undefined;
beforeAll(async () => {
  await svc.infra.bus.consume(svc.app.services.consumer);
  relay = startJob(svc.app.services.outboxRelay, { metrics: svc.metrics, log: svc.app.log });
});
afterAll(async () => {
  await relay?.stop();
  await svc.infra.bus.stopConsuming();
});

const hex = (bytes: number) => randomBytes(bytes).toString('hex');
const spansOf = (traceId: string): ReadableSpan[] => spans.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
const parentOf = (span: ReadableSpan): string | undefined => span.parentSpanContext?.spanId;

describe('a checkout is one trace', () => {
  it('continues the caller’s traceparent through the route, its transactions, its peer calls, the peers and the outbox', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent();
    const customer = await tenant.customer();
    const traceId = hex(16);
    const callerSpanId = hex(8);

    const response = await svc.request({
      method: 'POST',
      url: '/api/v1/orders',
      headers: { ...bearer(customer.token), traceparent: `00-${traceId}-${callerSpanId}-01` },
      payload: cartOf(event, 2),
    });
    expect(response.statusCode, response.body).toBe(201);
    const orderId = response.json<{ id: string }>().id;

    const trace = spansOf(traceId);
    const route = trace.find((span) => span.name === 'POST /api/v1/orders');
    expect(route, trace.map((span) => span.name).join(', ')).toBeDefined();
    expect(parentOf(route!)).toBe(callerSpanId);
    expect(route!.attributes['http.response.status_code']).toBe(201);

    const transactions = trace.filter((span) => span.name === 'db.transaction tenant');
    expect(transactions.length).toBeGreaterThan(0);
    const peerCalls = trace.filter((span) => / (ticket|event|payment)$/.test(span.name));
    expect(peerCalls.map((span) => span.name)).toEqual(expect.arrayContaining(['POST ticket', 'POST payment']));
    // Every span of the request descends from the route span.
    const ids = new Set(trace.map((span) => span.spanContext().spanId));
    for (const span of [...transactions, ...peerCalls]) expect(ids.has(parentOf(span)!) || parentOf(span) === route!.spanContext().spanId).toBe(true);

    // The sandbox peers received the trace, each call with the id of its client span as the parent.
    const received = svc.infra.sandbox!.state.receivedTraceContexts.filter((call) => call.traceparent.split('-')[1] === traceId);
    expect(received.map((call) => call.peer)).toEqual(expect.arrayContaining(['ticket', 'payment']));
    const peerSpanIds = new Set(peerCalls.map((span) => span.spanContext().spanId));
    for (const call of received) expect(peerSpanIds.has(call.traceparent.split('-')[2]!)).toBe(true);

    // The outbox message carries the trace; its publish by the relay is a span of it.
    const { rows } = await svc.infra.db.system((tx) =>
      tx.query<{ message: { type: string; traceparent?: string } }>(`SELECT message FROM outbox WHERE tenant_id = $1 AND message->'data'->>'orderId' = $2`, [tenant.id, orderId]),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const { message } of rows) expect(message.traceparent?.split('-')[1], message.type).toBe(traceId);
    const published = await eventually(async () => spansOf(traceId).find((span) => span.name === 'publish order.created'));
    expect(published.attributes['messaging.destination.name']).toBe('tickettoken_events');
  });

  it('continues through the payment: the Payment service’s confirmation and its payment.succeeded message join the checkout’s trace', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent();
    const customer = await tenant.customer();
    const traceId = hex(16);
    const response = await svc.request({
      method: 'POST',
      url: '/api/v1/orders',
      headers: { ...bearer(customer.token), traceparent: `00-${traceId}-${hex(8)}-01` },
      payload: cartOf(event, 1),
    });
    expect(response.statusCode, response.body).toBe(201);
    const order = response.json<{ id: string; payment: { intentId: string } }>();

    expect((await payIntent(svc, order.payment.intentId)).status).toBe(200);

    const confirm = await eventually(async () => spansOf(traceId).find((span) => span.name === 'POST /internal/v1/orders/:id/confirm'));
    const intentCall = spansOf(traceId).find((span) => span.name === 'POST payment');
    expect(parentOf(confirm)).toBe(intentCall!.spanContext().spanId);
    const processed = await eventually(async () => spansOf(traceId).find((span) => span.name === 'process payment.succeeded'));
    expect(parentOf(processed)).toBe(intentCall!.spanContext().spanId);
  });

  it('starts a trace of its own for a request without traceparent', async () => {
    const { order, token } = await placeOrder(svc, svc.tenant());
    const response = await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: bearer(token) });
    expect(response.statusCode).toBe(200);
    const route = spans.getFinishedSpans().find((span) => span.name === 'GET /api/v1/orders/:id' && span.attributes['url.path'] === `/api/v1/orders/${order.id}`);
    expect(route).toBeDefined();
    expect(route!.parentSpanContext).toBeUndefined();
    expect(spansOf(route!.spanContext().traceId).some((span) => span.name === 'db.transaction tenant')).toBe(true);
  });
});

describe('a consumed message continues the trace of its traceparent', () => {
  it('processes payment.failed in the producer’s trace, its transaction included', async () => {
    const { order } = await placeOrder(svc, svc.tenant());
    const traceId = hex(16);
    const producerSpanId = hex(8);
    const message = cloudEvent('payment.failed', order.tenantId, { orderId: order.id, paymentIntentId: order.payment.intentId, reason: 'card declined' }, new Date());
    await svc.infra.bus.publish([{ ...message, traceparent: `00-${traceId}-${producerSpanId}-01` }]);

    const processed = await eventually(async () => spansOf(traceId).find((span) => span.name === 'process payment.failed'));
    expect(parentOf(processed)).toBe(producerSpanId);
    expect(processed.attributes['messaging.message.id']).toBe(message.id);
    const transaction = await eventually(async () => spansOf(traceId).find((span) => span.name.startsWith('db.transaction') && parentOf(span) === processed.spanContext().spanId));
    expect(transaction).toBeDefined();
  });
});

describe('background jobs', () => {
  it('trace each run as a trace of its own', async () => {
    const job = startJob({ name: 'trace-probe', intervalMs: 10, batchSize: 1, runOnce: async () => 0 }, { metrics: createMetrics({ defaultMetrics: false }), log: svc.app.log });
    try {
      const runs = await eventually(async () => {
        const found = spans.getFinishedSpans().filter((span) => span.name === 'job trace-probe');
        return found.length >= 2 ? found : undefined;
      });
      for (const run of runs) expect(run.parentSpanContext).toBeUndefined();
      expect(new Set(runs.map((run) => run.spanContext().traceId)).size).toBe(runs.length);
    } finally {
      await job.stop();
    }
  });
});

describe('logs', () => {
  it('carry traceId and spanId of the active span', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
        done();
      },
    });
    const log = pino({ mixin: traceLogFields }, sink);
    let ids: { traceId: string; spanId: string } | undefined;
    await inSpan('log probe', {}, async (span) => {
      ids = { traceId: span.spanContext().traceId, spanId: span.spanContext().spanId };
      log.info('inside');
    });
    log.info('outside');
    expect(lines[0]).toMatchObject({ msg: 'inside', ...ids });
    expect(lines[1]).not.toHaveProperty('traceId');
  });
});
