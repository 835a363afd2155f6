import { describe, expect, it } from 'vitest';
import { paymentSignature } from '../../sandbox/payment-app.js';
import { useTestService, startTestService } from '../support/harness.js';
import {
  bearer,
  disputeWebhook,
  orderDisputes,
  paidOrder,
  sendRawWebhook,
  sendWebhook,
  storedDispute,
  storedWebhook,
} from '../support/disputes.js';

const svc = useTestService();

const now = () => Math.floor(Date.now() / 1000);

describe('POST /webhooks/payment: authentication by signature', () => {
  it('refuses a forged signature with 400 WEBHOOK_SIGNATURE_INVALID and stores nothing', async () => {
    const body = disputeWebhook();
    const answer = await sendWebhook(svc, body, { secret: 'not-the-payment-webhook-secret' });
    expect(answer.status).toBe(400);
    expect(answer.contentType).toContain('application/problem+json');
    expect(answer.body.code).toBe('WEBHOOK_SIGNATURE_INVALID');
    expect(await storedWebhook(svc, body.id)).toBeUndefined();
    expect(await storedDispute(svc, body.data.disputeId)).toBeUndefined();
  });

  it('refuses a missing or malformed signature header', async () => {
    const body = disputeWebhook();
    expect((await sendWebhook(svc, body, { header: null })).body.code).toBe('WEBHOOK_SIGNATURE_INVALID');
    expect((await sendWebhook(svc, body, { header: 't=123' })).body.code).toBe('WEBHOOK_SIGNATURE_INVALID');
    expect(await storedWebhook(svc, body.id)).toBeUndefined();
  });

  it('refuses a body changed after signing', async () => {
    const body = disputeWebhook();
    const signed = JSON.stringify(body);
    const timestamp = now();
    const header = paymentSignature(svc.config.paymentWebhookSecret, signed, timestamp);
    const answer = await sendRawWebhook(svc, signed.replace('"amount":5000', '"amount":1'), { header });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('WEBHOOK_SIGNATURE_INVALID');
  });

  it('refuses a correctly signed but stale (or future) webhook with 400 WEBHOOK_TIMESTAMP_STALE and stores nothing', async () => {
    const stale = disputeWebhook();
    const staleAnswer = await sendWebhook(svc, stale, { timestamp: now() - 301 - 5 });
    expect(staleAnswer.status).toBe(400);
    expect(staleAnswer.body.code).toBe('WEBHOOK_TIMESTAMP_STALE');
    expect(await storedWebhook(svc, stale.id)).toBeUndefined();

    const future = disputeWebhook();
    const futureAnswer = await sendWebhook(svc, future, { timestamp: now() + 301 + 5 });
    expect(futureAnswer.body.code).toBe('WEBHOOK_TIMESTAMP_STALE');
    expect(await storedWebhook(svc, future.id)).toBeUndefined();
  });

  it('checks the signature before the body: unsigned garbage is a signature error, not a parse error', async () => {
    const answer = await sendRawWebhook(svc, '{not json', { header: null });
    expect(answer.body.code).toBe('WEBHOOK_SIGNATURE_INVALID');
  });

  it('refuses a signed body that is not valid JSON or not a dispute webhook with 400 VALIDATION_FAILED, storing nothing', async () => {
    const notJson = await sendRawWebhook(svc, '{not json');
    expect(notJson.status).toBe(400);
    expect(notJson.body.code).toBe('VALIDATION_FAILED');

    const body = disputeWebhook({ data: { amount: -1, status: 'escalated' } });
    const invalid = await sendWebhook(svc, body);
    expect(invalid.status).toBe(400);
    expect(invalid.body.code).toBe('VALIDATION_FAILED');
    expect(invalid.body.errors?.map((error) => error.field)).toEqual(expect.arrayContaining(['body.data.amount', 'body.data.status']));
    expect(await storedWebhook(svc, body.id)).toBeUndefined();
    expect(await storedDispute(svc, body.data.disputeId)).toBeUndefined();

    const missing = await sendRawWebhook(svc, JSON.stringify({ id: 'evt_x', type: 'dispute.created' }));
    expect(missing.body.code).toBe('VALIDATION_FAILED');
    expect(missing.body.errors?.map((error) => error.field)).toEqual(expect.arrayContaining(['body.createdAt', 'body.data']));
  });

  it('verifies bodies sent with any content type (the signature covers the bytes, not a parse of them)', async () => {
    const body = disputeWebhook();
    const answer = await sendWebhook(svc, body, { contentType: 'text/plain' });
    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe('processed');
  });

  it('refuses a body over 100 KB with 413 before looking at it', async () => {
    const body = disputeWebhook({ data: { reason: 'x'.repeat(150 * 1024) } });
    const answer = await sendWebhook(svc, body);
    expect(answer.status).toBe(413);
    expect(answer.body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await storedWebhook(svc, body.id)).toBeUndefined();
  });

  it('is documented in the OpenAPI description with the other dispute routes', async () => {
    const spec = (await svc.request({ method: 'GET', url: '/docs/json' })).json<{ paths: Record<string, unknown> }>();
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/webhooks/payment', '/api/v1/disputes', '/api/v1/disputes/settings', '/api/v1/orders/{id}/disputes']),
    );
  });

  it('leaves JSON parsing of the other routes as it was', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const response = await svc.request({
      method: 'POST',
      url: '/api/v1/orders',
      headers: { ...bearer(token), 'content-type': 'application/json' },
      payload: '{"eventId": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', detail: 'The request body is not valid JSON' });
    const wrongType = await svc.request({
      method: 'POST',
      url: '/api/v1/orders',
      headers: { ...bearer(token), 'content-type': 'application/xml' },
      payload: '<order/>',
    });
    expect(wrongType.statusCode).toBe(415);
  });
});

describe('POST /webhooks/payment: each webhook id once', () => {
  it('processes a webhook, then answers a replay of the same id with 200 already_processed and changes nothing', async () => {
    const tenant = svc.tenant();
    const order = await paidOrder(svc, tenant);
    const body = disputeWebhook({ data: { paymentIntentId: order.intentId, amount: order.total } });

    const first = await sendWebhook(svc, body);
    expect(first).toMatchObject({ status: 200, body: { status: 'processed' } });
    const replay = await sendWebhook(svc, body);
    expect(replay).toMatchObject({ status: 200, body: { status: 'already_processed' } });
    // Even a later, freshly signed delivery of the same id (the sender retrying) is not applied again.
    const retried = await sendWebhook(svc, { ...body, data: { ...body.data, status: 'under_review' } });
    expect(retried.body.status).toBe('already_processed');

    const stored = await storedDispute(svc, body.data.disputeId);
    expect(stored).toMatchObject({ tenant_id: tenant.id, order_id: order.id, status: 'needs_response', events: 1 });
  });

  it('applies concurrent deliveries of the same webhook once', async () => {
    const tenant = svc.tenant();
    const order = await paidOrder(svc, tenant);
    const body = disputeWebhook({ data: { paymentIntentId: order.intentId } });
    const answers = await Promise.all([sendWebhook(svc, body), sendWebhook(svc, body), sendWebhook(svc, body)]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(answers.filter((answer) => answer.body.status === 'processed')).toHaveLength(1);
    expect((await storedDispute(svc, body.data.disputeId))?.events).toBe(1);
  });
});

describe('dispute webhooks in any order', () => {
  it('records dispute.updated, keeps an out-of-order older webhook as history only, and never reopens a closed dispute', async () => {
    const tenant = svc.tenant();
    const order = await paidOrder(svc, tenant);
    const t0 = Date.now() - 60_000;
    const base = { disputeId: `dp_${crypto.randomUUID()}`, paymentIntentId: order.intentId };

    const updated = disputeWebhook({ type: 'dispute.updated', createdAt: new Date(t0 + 10_000), data: { ...base, status: 'under_review' } });
    const created = disputeWebhook({ type: 'dispute.created', createdAt: new Date(t0), data: { ...base, status: 'needs_response' } });
    expect((await sendWebhook(svc, updated)).body.status).toBe('processed');
    expect((await sendWebhook(svc, created)).body.status).toBe('processed');

    let [dispute] = await orderDisputes(svc, order.token, order.id);
    expect(dispute).toMatchObject({ status: 'under_review', outcome: null });
    expect(dispute!.history.map((entry) => [entry.type, entry.applied])).toEqual([
      ['dispute.created', false],
      ['dispute.updated', true],
    ]);

    const closed = disputeWebhook({ type: 'dispute.closed', createdAt: new Date(t0 + 20_000), data: { ...base, status: 'won' } });
    const lateUpdate = disputeWebhook({ type: 'dispute.updated', createdAt: new Date(t0 + 30_000), data: { ...base, status: 'under_review' } });
    await sendWebhook(svc, closed);
    await sendWebhook(svc, lateUpdate);
    [dispute] = await orderDisputes(svc, order.token, order.id);
    expect(dispute).toMatchObject({ status: 'won', outcome: 'won' });
    expect(dispute!.history).toHaveLength(4);
    expect(dispute!.history.at(-1)).toMatchObject({ type: 'dispute.updated', applied: false });
  });
});

describe('the webhook tolerance follows the injected clock', () => {
  it('judges the signed timestamp against the service clock, not the machine clock', async () => {
    const offsetMs = 3600_000;
    const shifted = await startTestService({ clock: { now: () => new Date(Date.now() + offsetMs) } });
    try {
      const byMachineClock = disputeWebhook();
      expect((await sendWebhook(shifted, byMachineClock)).body.code).toBe('WEBHOOK_TIMESTAMP_STALE');
      const byServiceClock = disputeWebhook();
      const answer = await sendWebhook(shifted, byServiceClock, { timestamp: Math.floor((Date.now() + offsetMs) / 1000) });
      expect(answer).toMatchObject({ status: 200, body: { status: 'processed' } });
    } finally {
      await shifted.close();
    }
  });
});
