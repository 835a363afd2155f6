import { createHmac, randomUUID } from 'node:crypto';
import { Value } from '@sinclair/typebox/value';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidState } from '../../src/errors.js';
import { createServiceTokenSigner, verifyServiceToken, bearerToken } from '../../src/http/service-token.js';
import { CancelIntentsResponse, PaymentIntent, PeerRefund, type PeerCallContext } from '../../src/peers/contract.js';
import { ServiceName } from '../../src/http/service-token.js';
import { PeerHttpError } from '../../src/peers/resilient-http.js';
import {
  PAYMENT_WEBHOOK_SECRET,
  SERVICE_JWT_SECRET,
  newTenant,
  postJson,
  startContractFixture,
  type ContractFixture,
} from './sandbox-fixture.js';

/** Stands in for the order service: records what the Payment sandbox sends it. */
interface Received {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  rawBody: string;
}

let fixture: ContractFixture;
let orderService: FastifyInstance;
const received: Received[] = [];

beforeAll(async () => {
  orderService = Fastify();
  orderService.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  orderService.post('/*', async (request) => {
    received.push({ path: request.url, headers: request.headers, rawBody: String(request.body) });
    return { ok: true };
  });
  const orderServiceUrl = await orderService.listen({ host: '127.0.0.1', port: 0 });
  fixture = await startContractFixture({ orderServiceUrl });
});
afterAll(async () => {
  await fixture.close();
  await orderService.close();
});

async function createIntent(ctx: PeerCallContext, amount = 10_000) {
  return fixture.peers.payments.createIntent({ orderId: randomUUID(), amount, currency: 'USD' }, randomUUID(), ctx);
}

async function succeed(intentId: string) {
  return postJson(`${fixture.sandbox.urls.payment}/sandbox/payment-intents/${intentId}/succeed`);
}

function receivedFor(predicate: (entry: Received) => boolean): Received {
  const entry = received.find(predicate);
  if (!entry) throw new Error('the order service received nothing matching');
  return entry;
}

describe('PaymentClient against the Payment sandbox', () => {
  it('creates a payment intent per the contract, idempotently per Idempotency-Key', async () => {
    const ctx = newTenant();
    const request = { orderId: randomUUID(), amount: 23_337, currency: 'USD' as const };
    const key = randomUUID();
    const intent = await fixture.peers.payments.createIntent(request, key, ctx);
    expect(Value.Check(PaymentIntent, intent)).toBe(true);
    expect(intent).toMatchObject({ status: 'requires_payment', amount: 23_337, currency: 'USD' });
    expect(await fixture.peers.payments.createIntent(request, key, ctx)).toEqual(intent);
  });

  it('refuses an Idempotency-Key reused with a different body (422)', async () => {
    const ctx = newTenant();
    const key = randomUUID();
    await fixture.peers.payments.createIntent({ orderId: randomUUID(), amount: 100, currency: 'USD' }, key, ctx);
    const error = await fixture.peers.payments.createIntent({ orderId: randomUUID(), amount: 200, currency: 'USD' }, key, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PeerHttpError);
    expect(error).toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('cancels an intent idempotently, unknown intents included', async () => {
    const ctx = newTenant();
    const intent = await createIntent(ctx);
    await fixture.peers.payments.cancelIntent(intent.id, ctx);
    await fixture.peers.payments.cancelIntent(intent.id, ctx);
    await fixture.peers.payments.cancelIntent(randomUUID(), ctx);
    const response = await fetch(`${fixture.sandbox.urls.payment}/sandbox/payment-intents/${intent.id}`);
    expect(await response.json()).toMatchObject({ status: 'cancelled' });
  });

  it('refuses to cancel a paid intent with InvalidState', async () => {
    const ctx = newTenant();
    const intent = await createIntent(ctx);
    expect((await succeed(intent.id)).status).toBe(200);
    await expect(fixture.peers.payments.cancelIntent(intent.id, ctx)).rejects.toBeInstanceOf(InvalidState);
  });

  it('refunds per the contract, idempotently, and never beyond the amount paid', async () => {
    const ctx = newTenant();
    const intent = await createIntent(ctx, 10_000);
    await succeed(intent.id);

    const key = randomUUID();
    const first = await fixture.peers.payments.refund({ paymentIntentId: intent.id, amount: 6_000, reason: 'requested' }, key, ctx);
    expect(Value.Check(PeerRefund, first)).toBe(true);
    expect(first.status).toBe('succeeded');
    expect(await fixture.peers.payments.refund({ paymentIntentId: intent.id, amount: 6_000, reason: 'requested' }, key, ctx)).toEqual(first);

    await expect(
      fixture.peers.payments.refund({ paymentIntentId: intent.id, amount: 4_001, reason: 'too much' }, randomUUID(), ctx),
    ).rejects.toBeInstanceOf(InvalidState);
    const rest = await fixture.peers.payments.refund({ paymentIntentId: intent.id, amount: 4_000, reason: 'the rest' }, randomUUID(), ctx);
    expect(rest.status).toBe('succeeded');
    await expect(fixture.peers.payments.refund({ paymentIntentId: intent.id, amount: 1, reason: 'more' }, randomUUID(), ctx)).rejects.toBeInstanceOf(
      InvalidState,
    );
  });

  it('answers the refund it already made for a key it has seen, even once the intent is fully refunded, and never pays twice', async () => {
    const ctx = newTenant();
    const intent = await createIntent(ctx, 10_000);
    await succeed(intent.id);
    const request = { paymentIntentId: intent.id, amount: 10_000, reason: 'requested' };
    // The caller lost the answer (its process died): it asks again with the same key, later, more than once.
    const first = await fixture.peers.payments.refund(request, 'refund:11111111-1111-4111-8111-111111111111', ctx);
    const again = await fixture.peers.payments.refund(request, 'refund:11111111-1111-4111-8111-111111111111', ctx);
    const third = await fixture.peers.payments.refund(request, 'refund:11111111-1111-4111-8111-111111111111', ctx);
    expect(again).toEqual(first);
    expect(third).toEqual(first);
    const state = await fetch(`${fixture.sandbox.urls.payment}/sandbox/payment-intents/${intent.id}`);
    expect(((await state.json()) as { refundedAmount: number }).refundedAmount).toBe(10_000);
    // The same key with another body is refused rather than answered with a refund it does not describe.
    await expect(fixture.peers.payments.refund({ ...request, amount: 5_000 }, 'refund:11111111-1111-4111-8111-111111111111', ctx)).rejects.toMatchObject({
      status: 422,
    });
  });

  it('refuses to refund an intent that was never paid', async () => {
    const ctx = newTenant();
    const intent = await createIntent(ctx);
    await expect(fixture.peers.payments.refund({ paymentIntentId: intent.id, amount: 1, reason: 'x' }, randomUUID(), ctx)).rejects.toBeInstanceOf(
      InvalidState,
    );
  });
});

describe('cancelling many intents at once (POST /internal/v1/payment-intents/cancel)', () => {
  const signer = createServiceTokenSigner(SERVICE_JWT_SECRET, ServiceName.order);
  async function cancelRoute(body: unknown, headers: Record<string, string>) {
    const response = await fetch(`${fixture.sandbox.urls.payment}/internal/v1/payment-intents/cancel`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  }
  const paymentCalls = () => fixture.sandbox.state.faults.internalCalls.payment;
  const statusOf = async (intentId: string) =>
    ((await (await fetch(`${fixture.sandbox.urls.payment}/sandbox/payment-intents/${intentId}`)).json()) as { status: string }).status;

  it("cancels a mixed batch in one call: cancelled (open, failed, cancelled before), unknown (never made, another tenant's) and succeeded", async () => {
    const ctx = newTenant();
    const open = await createIntent(ctx);
    const declined = await createIntent(ctx);
    expect((await postJson(`${fixture.sandbox.urls.payment}/sandbox/payment-intents/${declined.id}/fail`)).status).toBe(200);
    const cancelledBefore = await createIntent(ctx);
    await fixture.peers.payments.cancelIntent(cancelledBefore.id, ctx);
    const paid = await createIntent(ctx);
    expect((await succeed(paid.id)).status).toBe(200);
    const other = newTenant();
    const othersIntent = await createIntent(other);
    const never = randomUUID();

    const before = paymentCalls();
    const outcomes = await fixture.peers.payments.cancelIntents([open.id, declined.id, never, cancelledBefore.id, paid.id, othersIntent.id], ctx);

    expect(paymentCalls() - before).toBe(1);
    expect(Object.fromEntries(outcomes)).toEqual({
      [open.id]: { outcome: 'cancelled' },
      [declined.id]: { outcome: 'cancelled' },
      [never]: { outcome: 'unknown' },
      [cancelledBefore.id]: { outcome: 'cancelled' },
      [paid.id]: { outcome: 'succeeded' },
      [othersIntent.id]: { outcome: 'unknown' },
    });
    expect(await statusOf(open.id)).toBe('cancelled');
    expect(await statusOf(declined.id)).toBe('cancelled');
    expect(await statusOf(paid.id)).toBe('succeeded');
    expect(await statusOf(othersIntent.id)).toBe('requires_payment');
    // A cancelled intent cannot be paid any more.
    expect((await succeed(open.id)).status).toBe(409);
  });

  it('answers per the contract, in the order asked', async () => {
    const ctx = newTenant();
    const open = await createIntent(ctx);
    const paid = await createIntent(ctx);
    await succeed(paid.id);
    const authorization = `Bearer ${await signer.tokenFor(ServiceName.payment)}`;

    const answer = await cancelRoute({ paymentIntentIds: [paid.id, open.id] }, { authorization, 'x-tenant-id': ctx.tenantId });

    expect(answer.status).toBe(200);
    expect(Value.Check(CancelIntentsResponse, answer.body)).toBe(true);
    expect(answer.body).toEqual({
      results: [
        { paymentIntentId: paid.id, outcome: 'succeeded' },
        { paymentIntentId: open.id, outcome: 'cancelled' },
      ],
    });
  });

  it('names at most 500 intents per call: more are cancelled in several calls', async () => {
    const ctx = newTenant();
    const ids = Array.from({ length: 1001 }, (_, n) => `pi_unknown_${n}`);
    const before = paymentCalls();
    const outcomes = await fixture.peers.payments.cancelIntents(ids, ctx);
    expect(paymentCalls() - before).toBe(3);
    expect(outcomes.size).toBe(1001);
    expect([...outcomes.values()].every((result) => 'outcome' in result && result.outcome === 'unknown')).toBe(true);
  });

  it('refuses a body out of contract (no ids, more than 500, an empty id) and calls without a token or a tenant', async () => {
    const ctx = newTenant();
    const authorization = `Bearer ${await signer.tokenFor(ServiceName.payment)}`;
    const headers = { authorization, 'x-tenant-id': ctx.tenantId };
    for (const body of [{ paymentIntentIds: [] }, { paymentIntentIds: Array.from({ length: 501 }, () => randomUUID()) }, { paymentIntentIds: [''] }, {}]) {
      const answer = await cancelRoute(body, headers);
      expect(answer).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    }
    expect((await cancelRoute({ paymentIntentIds: [randomUUID()] }, { 'x-tenant-id': ctx.tenantId })).status).toBe(401);
    expect((await cancelRoute({ paymentIntentIds: [randomUUID()] }, { authorization })).status).toBe(400);
  });
});

describe('Payment sandbox controls', () => {
  it('on succeed, confirms the order at the order service with a payment-service token and publishes payment.succeeded', async () => {
    const ctx = newTenant();
    const orderId = randomUUID();
    const intent = await fixture.peers.payments.createIntent({ orderId, amount: 5_000, currency: 'EUR' }, randomUUID(), ctx);

    const { status, body } = await succeed(intent.id);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: intent.id, status: 'succeeded', notified: true, published: true });

    const confirm = receivedFor((entry) => entry.path === `/internal/v1/orders/${orderId}/confirm`);
    expect(JSON.parse(confirm.rawBody)).toEqual({ paymentIntentId: intent.id });
    expect(confirm.headers['x-tenant-id']).toBe(ctx.tenantId);
    const token = bearerToken(String(confirm.headers.authorization));
    expect(await verifyServiceToken(token ?? '', SERVICE_JWT_SECRET, ServiceName.order)).toBe(ServiceName.payment);

    expect(fixture.published).toContainEqual(
      expect.objectContaining({
        type: 'payment.succeeded',
        tenantId: ctx.tenantId,
        data: { orderId, paymentIntentId: intent.id, amount: 5_000, currency: 'EUR' },
      }),
    );
  });

  it('on fail, publishes payment.failed and leaves the intent payable', async () => {
    const ctx = newTenant();
    const intent = await createIntent(ctx);
    const { status, body } = await postJson(`${fixture.sandbox.urls.payment}/sandbox/payment-intents/${intent.id}/fail`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'failed', published: true });
    expect(fixture.published).toContainEqual(expect.objectContaining({ type: 'payment.failed', tenantId: ctx.tenantId }));
    expect((await succeed(intent.id)).body).toMatchObject({ status: 'succeeded' });
  });

  it('sends signed dispute.created and dispute.closed webhooks', async () => {
    const ctx = newTenant();
    const intent = await createIntent(ctx, 7_500);
    await succeed(intent.id);

    const opened = await postJson(`${fixture.sandbox.urls.payment}/sandbox/disputes`, { paymentIntentId: intent.id, reason: 'product_not_received' });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ webhook: { delivered: true } });
    const disputeId = (opened.body as { id: string }).id;

    const created = receivedFor((entry) => entry.path === '/webhooks/payment' && entry.rawBody.includes(disputeId) && entry.rawBody.includes('dispute.created'));
    const signature = String(created.headers['payment-signature']);
    const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature);
    expect(match).not.toBeNull();
    const [, timestamp, digest] = match ?? [];
    expect(createHmac('sha256', PAYMENT_WEBHOOK_SECRET).update(`${timestamp}.${created.rawBody}`).digest('hex')).toBe(digest);
    expect(JSON.parse(created.rawBody)).toMatchObject({
      type: 'dispute.created',
      data: { disputeId, paymentIntentId: intent.id, amount: 7_500, currency: 'USD', reason: 'product_not_received', status: 'needs_response' },
    });

    const closed = await postJson(`${fixture.sandbox.urls.payment}/sandbox/disputes/${disputeId}/close`, { outcome: 'lost' });
    expect(closed.status).toBe(200);
    const closedWebhook = receivedFor((entry) => entry.rawBody.includes(disputeId) && entry.rawBody.includes('dispute.closed'));
    expect(JSON.parse(closedWebhook.rawBody)).toMatchObject({ type: 'dispute.closed', data: { disputeId, status: 'lost' } });
  });

  it('reports, rather than fails, when the order service cannot be reached', async () => {
    const ctx = newTenant();
    const intent = await createIntent(ctx);
    fixture.sandbox.setOrderServiceUrl('http://127.0.0.1:1');
    try {
      const paid = await succeed(intent.id);
      expect(paid.status).toBe(200);
      expect(paid.body).toMatchObject({ status: 'succeeded', notified: false, notification: { delivered: false } });
      const dispute = await postJson(`${fixture.sandbox.urls.payment}/sandbox/disputes`, { paymentIntentId: intent.id });
      expect(dispute.status).toBe(201);
      expect(dispute.body).toMatchObject({ webhook: { delivered: false } });
    } finally {
      fixture.sandbox.setOrderServiceUrl(`http://127.0.0.1:${(orderService.server.address() as { port: number }).port}`);
    }
  });
});
