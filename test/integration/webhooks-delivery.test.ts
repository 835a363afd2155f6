/**
 * Outbound webhooks (SPEC §16): admin management, signed delivery of the tenant's order messages from the
 * outbox, retries on the §16 schedule (moved by the test's clock), 410 disabling the endpoint, manual retry,
 * ping, and a hanging receiver that holds only its own endpoint's slots.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { enqueueMessage } from '../../src/bus/outbox.js';
import { eventually } from '../support/harness.js';
import { bearer, expectProblem, placeOrder } from '../support/orders.js';
import { MovableClock, createEndpoint, deliveriesOf, deliveryWhere, receivedAtLeast, startReceiver, useWebhookTestService, type Receiver } from '../support/webhooks.js';

const clock = new MovableClock();
const svc = useWebhookTestService({
  clock,
  env: { WEBHOOK_ALLOW_PRIVATE_URLS: 'true', WEBHOOK_TIMEOUT_MS: '1500', WEBHOOK_DELIVERY_INTERVAL_MS: '50', WEBHOOK_CONCURRENCY_PER_ENDPOINT: '2' },
});
const receivers: Receiver[] = [];
afterAll(async () => {
  await Promise.all(receivers.map((receiver) => receiver.close()));
});

async function receiver(): Promise<Receiver> {
  const started = await startReceiver();
  receivers.push(started);
  return started;
}

/** Commits (or rolls back) one order message of the tenant, written as the services write theirs. */
async function writeMessage(tenantId: string, data: Record<string, unknown>, outcome: 'commit' | 'rollback' = 'commit'): Promise<void> {
  const write = svc.infra.db.tenant(tenantId, async (tx) => {
    await enqueueMessage(tx, { type: 'order.confirmed', tenantId, data, time: clock.now() });
    if (outcome === 'rollback') throw new Error('the change fails after writing its message');
  });
  if (outcome === 'rollback') await expect(write).rejects.toThrow(/the change fails/);
  else await write;
}

describe('webhook endpoints', () => {
  it('shows the signing secret once, at creation, and manages the endpoint', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    const created = await createEndpoint(svc, admin, { url: 'http://127.0.0.1:9/hooks', events: ['order.confirmed', 'order.refunded'], description: 'ERP' });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(created).toMatchObject({ enabled: true, events: ['order.confirmed', 'order.refunded'] });

    const read = await svc.request({ method: 'GET', url: `/api/v1/webhook-endpoints/${created.id}`, headers: bearer(admin) });
    expect(read.statusCode).toBe(200);
    expect(read.json()).not.toHaveProperty('secret');
    expect(read.body).not.toContain(created.secret.slice(6));

    const list = await svc.request({ method: 'GET', url: '/api/v1/webhook-endpoints', headers: bearer(admin) });
    expect(list.json<{ data: { id: string }[] }>().data.map((e) => e.id)).toEqual([created.id]);
    expect(list.body).not.toContain(created.secret.slice(6));

    const updated = await svc.request({ method: 'PUT', url: `/api/v1/webhook-endpoints/${created.id}`, headers: bearer(admin), payload: { url: 'http://127.0.0.1:9/v2', events: ['*'], enabled: false } });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ url: 'http://127.0.0.1:9/v2', events: ['*'], enabled: false });

    const otherTenant = await svc.tenant().admin();
    expectProblem(await svc.request({ method: 'GET', url: `/api/v1/webhook-endpoints/${created.id}`, headers: bearer(otherTenant) }), 404, 'NOT_FOUND');
    expectProblem(await svc.request({ method: 'GET', url: '/api/v1/webhook-endpoints', headers: bearer(await tenant.support()) }), 403, 'FORBIDDEN');

    expect((await svc.request({ method: 'DELETE', url: `/api/v1/webhook-endpoints/${created.id}`, headers: bearer(admin) })).statusCode).toBe(204);
    expectProblem(await svc.request({ method: 'GET', url: `/api/v1/webhook-endpoints/${created.id}`, headers: bearer(admin) }), 404, 'NOT_FOUND');
  });

  it('documents the webhook, export and personal data routes in the OpenAPI document', async () => {
    const spec = (await svc.request({ method: 'GET', url: '/docs/json' })).json<{ paths: Record<string, Record<string, unknown>> }>();
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/webhook-endpoints',
        '/api/v1/webhook-endpoints/{id}',
        '/api/v1/webhook-endpoints/{id}/deliveries',
        '/api/v1/webhook-endpoints/{id}/deliveries/{deliveryId}/retry',
        '/api/v1/webhook-endpoints/{id}/test',
        '/api/v1/orders/export',
        '/api/v1/privacy/users/{userId}/export',
        '/api/v1/privacy/users/{userId}/erase',
      ]),
    );
    expect(JSON.stringify(spec.paths['/api/v1/webhook-endpoints'])).toContain('"secret"');
  });

  it('refuses an endpoint that is no URL or names an unknown message type, and stores nothing', async () => {
    const admin = await svc.tenant().admin();
    const post = (payload: object) => svc.request({ method: 'POST', url: '/api/v1/webhook-endpoints', headers: bearer(admin), payload });
    expect(expectProblem(await post({ url: 'not a url', events: ['*'] }), 400, 'VALIDATION_FAILED').errors).toEqual([{ field: 'body.url', message: 'is not a valid URL' }]);
    expectProblem(await post({ url: 'ftp://example.com/x', events: ['*'] }), 400, 'VALIDATION_FAILED');
    expect(expectProblem(await post({ url: 'https://example.com/x', events: ['order.shipped'] }), 400, 'VALIDATION_FAILED').errors?.[0]?.field).toBe('body.events[0]');
    const list = await svc.request({ method: 'GET', url: '/api/v1/webhook-endpoints', headers: bearer(admin) });
    expect(list.json<{ data: unknown[] }>().data).toEqual([]);
  });
});

describe('delivery', () => {
  it("delivers the tenant's order messages as CloudEvents signed per Standard Webhooks", async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    const hooks = await receiver();
    const endpoint = await createEndpoint(svc, admin, { url: `${hooks.url}/orders`, events: ['order.created'] });
    const { order } = await placeOrder(svc, tenant);

    const [request] = await receivedAtLeast(hooks, 1);
    if (!request) throw new Error('no request');
    // An independent implementation of the scheme verifies the signature (and the timestamp's freshness).
    const verified = new Webhook(endpoint.secret).verify(request.body, {
      'webhook-id': String(request.headers['webhook-id']),
      'webhook-timestamp': String(request.headers['webhook-timestamp']),
      'webhook-signature': String(request.headers['webhook-signature']),
    });
    expect(verified).toMatchObject({ specversion: '1.0', type: 'order.created', source: 'order-service', tenantid: tenant.id, data: { orderId: order.id } });
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['webhook-id']).toBe((verified as { id: string }).id);
    expect(() => new Webhook(endpoint.secret).verify(request.body.replace('order.created', 'order.refunded'), request.headers as Record<string, string>)).toThrow();

    const delivery = await deliveryWhere(svc, admin, endpoint.id, (d) => d.status === 'SUCCEEDED');
    expect(delivery).toMatchObject({ type: 'order.created', lastStatusCode: 200, attempts: [{ attempt: 1, statusCode: 200, outcome: 'succeeded' }] });
    // Other message types of the order are not subscribed.
    expect((await deliveriesOf(svc, admin, endpoint.id)).map((d) => d.type)).toEqual(['order.created']);
  });

  it('sends a committed change and never a rolled-back one', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    const hooks = await receiver();
    const endpoint = await createEndpoint(svc, admin, { url: hooks.url });
    await writeMessage(tenant.id, { orderId: 'rolled-back' }, 'rollback');
    await writeMessage(tenant.id, { orderId: 'committed' });

    await deliveryWhere(svc, admin, endpoint.id, (d) => d.status === 'SUCCEEDED');
    const deliveries = await deliveriesOf(svc, admin, endpoint.id);
    expect(deliveries).toHaveLength(1);
    expect(hooks.received.map((r) => JSON.parse(r.body).data.orderId)).toEqual(['committed']);
  });

  it('sends a delivery whose sender died mid-attempt once its lease has passed', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    const hooks = await receiver();
    const endpoint = await createEndpoint(svc, admin, { url: hooks.url });
    // The message and the claim of an instance that then died, committed together so no live run takes it first.
    await svc.infra.db.tenant(tenant.id, async (tx) => {
      await enqueueMessage(tx, { type: 'order.confirmed', tenantId: tenant.id, data: { orderId: 'orphaned' }, time: clock.now() });
      await tx.query(`UPDATE webhook_deliveries SET locked_until = $1 WHERE endpoint_id = $2`, [new Date(clock.now().getTime() + 40_000), endpoint.id]);
    });
    const [held] = await deliveriesOf(svc, admin, endpoint.id);
    expect(held).toMatchObject({ status: 'PENDING', attempts: [] });
    expect(hooks.received).toHaveLength(0);

    clock.advance(41);
    const delivered = await deliveryWhere(svc, admin, endpoint.id, (d) => d.status === 'SUCCEEDED');
    expect(delivered.attempts).toHaveLength(1);
    expect(hooks.received.map((r) => JSON.parse(r.body).data.orderId)).toEqual(['orphaned']);
  });

  it('disables the endpoint when its receiver answers 410 Gone', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    const hooks = await receiver();
    hooks.answer({ status: 410 });
    const endpoint = await createEndpoint(svc, admin, { url: hooks.url });
    await writeMessage(tenant.id, { orderId: 'gone' });

    const failed = await deliveryWhere(svc, admin, endpoint.id, (d) => d.status === 'FAILED');
    expect(failed.attempts).toMatchObject([{ statusCode: 410, outcome: 'failed' }]);
    const read = await svc.request({ method: 'GET', url: `/api/v1/webhook-endpoints/${endpoint.id}`, headers: bearer(admin) });
    expect(read.json()).toMatchObject({ enabled: false, disabledReason: 'gone' });

    await writeMessage(tenant.id, { orderId: 'after-gone' });
    expect(await deliveriesOf(svc, admin, endpoint.id)).toHaveLength(1);
    expectProblem(await svc.request({ method: 'POST', url: `/api/v1/webhook-endpoints/${endpoint.id}/test`, headers: bearer(admin) }), 409, 'INVALID_STATE');
  });

  it('sends a signed ping on request and logs a receiver that does not answer in time as a timeout', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    const hooks = await receiver();
    const endpoint = await createEndpoint(svc, admin, { url: hooks.url });
    const ping = await svc.request({ method: 'POST', url: `/api/v1/webhook-endpoints/${endpoint.id}/test`, headers: bearer(admin) });
    expect(ping.statusCode, ping.body).toBe(202);
    expect(ping.json()).toMatchObject({ type: 'ping', status: 'PENDING' });
    const [request] = await receivedAtLeast(hooks, 1);
    expect(new Webhook(endpoint.secret).verify(request?.body ?? '', request?.headers as Record<string, string>)).toMatchObject({ type: 'ping' });

    hooks.answer({ status: 200, delayMs: Number.POSITIVE_INFINITY });
    await svc.request({ method: 'POST', url: `/api/v1/webhook-endpoints/${endpoint.id}/test`, headers: bearer(admin) });
    const timedOut = await deliveryWhere(svc, admin, endpoint.id, (d) => d.attempts[0]?.outcome === 'timeout');
    expect(timedOut).toMatchObject({ status: 'PENDING', attempts: [{ statusCode: null, error: 'no answer within 1500 ms' }] });
  });

  it("a receiver that hangs holds only its own endpoint's slots: another tenant's endpoint is delivered meanwhile", async () => {
    const slowTenant = svc.tenant();
    const slowAdmin = await slowTenant.admin();
    const slow = await receiver();
    let open = 0;
    let mostOpen = 0;
    slow.answer(() => {
      open += 1;
      mostOpen = Math.max(mostOpen, open);
      return { status: 200, delayMs: Number.POSITIVE_INFINITY };
    });
    const slowEndpoint = await createEndpoint(svc, slowAdmin, { url: slow.url });
    for (let i = 0; i < 10; i++) await writeMessage(slowTenant.id, { orderId: `slow-${i}` });
    await receivedAtLeast(slow, 2);

    const tenant = svc.tenant();
    const admin = await tenant.admin();
    const fast = await receiver();
    const endpoint = await createEndpoint(svc, admin, { url: fast.url });
    await writeMessage(tenant.id, { orderId: 'fast' });
    await deliveryWhere(svc, admin, endpoint.id, (d) => d.status === 'SUCCEEDED');

    // The hanging endpoint never had more than its two slots open, and most of its messages still wait.
    expect(mostOpen).toBeLessThanOrEqual(2);
    const waiting = await eventually(async () => {
      const deliveries = await deliveriesOf(svc, slowAdmin, slowEndpoint.id);
      return deliveries.length === 10 ? deliveries : undefined;
    });
    expect(waiting.filter((d) => d.status === 'SUCCEEDED')).toHaveLength(0);
  });
  // Last: it moves the file's clock by a day and a half.
  it('retries a failing receiver on the schedule of §16, then fails the delivery', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    const hooks = await receiver();
    hooks.answer({ status: 503 });
    const endpoint = await createEndpoint(svc, admin, { url: hooks.url });
    await writeMessage(tenant.id, { orderId: 'retried' });

    const schedule = [5, 300, 1800, 7200, 18_000, 36_000, 36_000];
    for (const [index, wait] of schedule.entries()) {
      const delivery = await deliveryWhere(svc, admin, endpoint.id, (d) => d.attempts.length === index + 1);
      expect(delivery.status).toBe('PENDING');
      const last = delivery.attempts[index];
      expect(last).toMatchObject({ statusCode: 503, outcome: 'failed' });
      const waited = (Date.parse(delivery.nextAttemptAt ?? '') - Date.parse(last?.startedAt ?? '')) / 1000;
      expect(waited).toBeGreaterThanOrEqual(wait);
      expect(waited).toBeLessThan(wait + 5);
      // Not due yet: nothing more is sent until the clock reaches the next attempt.
      expect(hooks.received).toHaveLength(index + 1);
      clock.advance(wait);
    }
    const failed = await deliveryWhere(svc, admin, endpoint.id, (d) => d.status === 'FAILED');
    expect(failed.attempts).toHaveLength(8);
    expect(failed.nextAttemptAt).toBeNull();
    expect(hooks.received.map((r) => r.headers['webhook-id'])).toEqual(new Array(8).fill(failed.messageId));

    // A manual retry sends it once more.
    hooks.answer({ status: 204 });
    const retried = await svc.request({ method: 'POST', url: `/api/v1/webhook-endpoints/${endpoint.id}/deliveries/${failed.id}/retry`, headers: bearer(admin) });
    expect(retried.statusCode, retried.body).toBe(202);
    const succeeded = await deliveryWhere(svc, admin, endpoint.id, (d) => d.status === 'SUCCEEDED');
    expect(succeeded.attempts).toHaveLength(9);
  });
});
