/**
 * The sandbox Payment service (SPEC §9): payment intents and refunds for the order service, plus the
 * /sandbox controls that play the customer (pay, decline) and the card network (disputes).
 */
import { createHmac, randomUUID } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import { CancelIntentsRequest, CancelIntentsResponse, CreateIntentRequest, Currency, RefundRequest } from '../src/peers/contract.js';
import { ServiceName } from '../src/http/service-token.js';
import { createServiceTokenSigner } from '../src/http/service-token.js';
import {
  createSandboxFastify,
  deliver,
  publishSafely,
  tenantOf,
  type Delivery,
  type PublishMessage,
  type SandboxAppOptions,
  type SandboxFastify,
} from './http.js';
import { intentView, type DisputeRecord, type IntentRecord } from './state.js';

const IdempotencyHeaders = Type.Object({ 'idempotency-key': Type.String({ minLength: 1, maxLength: 255 }) });
const IntentParams = Type.Object({ intentId: Type.String() });
const OpenDisputeRequest = Type.Object({
  paymentIntentId: Type.String({ minLength: 1 }),
  amount: Type.Optional(Type.Integer({ minimum: 1 })),
  currency: Type.Optional(Currency),
  reason: Type.Optional(Type.String({ minLength: 1 })),
});
const CloseDisputeRequest = Type.Object({ outcome: Type.Union([Type.Literal('won'), Type.Literal('lost')]) });

export interface PaymentAppOptions extends SandboxAppOptions {
  paymentWebhookSecret: string;
  /** Read on every notification, so the order service can be pointed at after the sandbox started. */
  orderServiceUrl: () => string | undefined;
  publish?: PublishMessage;
}

/** `Payment-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>` (SPEC §4). */
export function paymentSignature(secret: string, rawBody: string, unixSeconds: number): string {
  const digest = createHmac('sha256', secret).update(`${unixSeconds}.${rawBody}`).digest('hex');
  return `t=${unixSeconds},v1=${digest}`;
}

export function buildPaymentApp(options: PaymentAppOptions): SandboxFastify {
  const app = createSandboxFastify('payment', options);
  const { state } = options;
  const signer = createServiceTokenSigner(options.serviceJwtSecret, ServiceName.payment);
  const nowIso = () => new Date(state.now()).toISOString();

  async function publishPaymentOutcome(type: 'payment.succeeded' | 'payment.failed', intent: IntentRecord): Promise<Delivery> {
    return publishSafely(options.publish, {
      id: randomUUID(),
      source: ServiceName.payment,
      type,
      time: nowIso(),
      tenantId: intent.tenantId,
      data: { orderId: intent.orderId, paymentIntentId: intent.id, amount: intent.amount, currency: intent.currency },
      ...(intent.traceparent ? { traceparent: intent.traceparent } : {}),
    });
  }

  async function notifyConfirm(intent: IntentRecord): Promise<Delivery> {
    const baseUrl = options.orderServiceUrl();
    const url = baseUrl && `${baseUrl.replace(/\/+$/, '')}/internal/v1/orders/${encodeURIComponent(intent.orderId)}/confirm`;
    const headers = {
      authorization: `Bearer ${await signer.tokenFor(ServiceName.order)}`,
      'x-tenant-id': intent.tenantId,
      ...(intent.traceparent ? { traceparent: intent.traceparent } : {}),
    };
    return deliver(url, headers, JSON.stringify({ paymentIntentId: intent.id }));
  }

  async function sendDisputeWebhook(type: 'dispute.created' | 'dispute.closed', dispute: DisputeRecord): Promise<Delivery> {
    const baseUrl = options.orderServiceUrl();
    const rawBody = JSON.stringify({
      id: randomUUID(),
      type,
      createdAt: nowIso(),
      data: {
        disputeId: dispute.id,
        paymentIntentId: dispute.paymentIntentId,
        amount: dispute.amount,
        currency: dispute.currency,
        reason: dispute.reason,
        status: dispute.status,
        evidenceDueBy: new Date(dispute.evidenceDueByMs).toISOString(),
      },
    });
    // Signed with the sandbox clock, like every other sandbox time: a test faking time fakes it on both sides.
    const signature = paymentSignature(options.paymentWebhookSecret, rawBody, Math.floor(state.now() / 1000));
    return deliver(baseUrl && `${baseUrl.replace(/\/+$/, '')}/webhooks/payment`, { 'payment-signature': signature }, rawBody);
  }

  app.post('/internal/v1/payment-intents', { schema: { headers: IdempotencyHeaders, body: CreateIntentRequest } }, async (request, reply) =>
    reply
      .code(201)
      .send(
        state.payments.createIntent(
          request.body,
          tenantOf(request),
          request.headers['idempotency-key'],
          typeof request.headers.traceparent === 'string' ? request.headers.traceparent : undefined,
        ),
      ),
  );

  app.post('/internal/v1/payment-intents/:intentId/cancel', { schema: { params: IntentParams } }, async (request) =>
    state.payments.cancelIntent(request.params.intentId, tenantOf(request)),
  );

  if (options.batchRoutes !== false) {
    app.post('/internal/v1/payment-intents/cancel', { schema: { body: CancelIntentsRequest, response: { 200: CancelIntentsResponse } } }, async (request) => ({
      results: state.payments.cancelIntents(request.body.paymentIntentIds, tenantOf(request)),
    }));
  }

  app.post('/internal/v1/refunds', { schema: { headers: IdempotencyHeaders, body: RefundRequest } }, async (request, reply) =>
    reply.code(201).send(state.payments.refund(request.body, tenantOf(request), request.headers['idempotency-key'])),
  );

  // Read-only, for drills: every payment intent of a tenant with its order and status.
  app.get('/sandbox/payment-intents', { schema: { querystring: Type.Object({ tenantId: Type.String() }) } }, async (request) =>
    state.payments.listIntents(request.query.tenantId).map((intent) => ({
      ...intentView(intent),
      orderId: intent.orderId,
      tenantId: intent.tenantId,
      refundedAmount: intent.refundedAmount,
    })),
  );

  app.get('/sandbox/payment-intents/:intentId', { schema: { params: IntentParams } }, async (request) => {
    const intent = state.payments.requireAnyIntent(request.params.intentId);
    return { ...intentView(intent), orderId: intent.orderId, tenantId: intent.tenantId, refundedAmount: intent.refundedAmount };
  });

  /** Answers 200 even when the order service could not be told: the payment itself did succeed. */
  app.post('/sandbox/payment-intents/:intentId/succeed', { schema: { params: IntentParams } }, async (request) => {
    const intent = state.payments.succeedIntent(request.params.intentId);
    const notification = await notifyConfirm(intent);
    const publication = await publishPaymentOutcome('payment.succeeded', intent);
    return { ...intentView(intent), notified: notification.delivered, notification, published: publication.delivered, publication };
  });

  app.post('/sandbox/payment-intents/:intentId/fail', { schema: { params: IntentParams } }, async (request) => {
    const intent = state.payments.failIntent(request.params.intentId);
    const publication = await publishPaymentOutcome('payment.failed', intent);
    return { ...intentView(intent), published: publication.delivered, publication };
  });

  app.post('/sandbox/disputes', { schema: { body: OpenDisputeRequest } }, async (request, reply) => {
    const dispute = state.payments.openDispute(request.body);
    const webhook = await sendDisputeWebhook('dispute.created', dispute);
    return reply.code(201).send({ id: dispute.id, status: dispute.status, webhook });
  });

  app.post(
    '/sandbox/disputes/:disputeId/close',
    { schema: { params: Type.Object({ disputeId: Type.String() }), body: CloseDisputeRequest } },
    async (request) => {
      const dispute = state.payments.closeDispute(request.params.disputeId, request.body.outcome);
      const webhook = await sendDisputeWebhook('dispute.closed', dispute);
      return { id: dispute.id, status: dispute.status, webhook };
    },
  );

  return app;
}
