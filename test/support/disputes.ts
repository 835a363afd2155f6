/**
 * Factories and readers for the dispute integration tests: a paid order, webhooks signed like the Payment
 * service signs them (sent over real HTTP, so the raw body is what is signed), the sandbox's dispute
 * controls, the database's view of what was stored, and a tiny alert receiver.
 */
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { paymentSignature } from '../../sandbox/payment-app.js';
import { TEST_SECRETS, type TestService, type TestTenant } from './harness.js';

export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

export interface PaidOrder {
  id: string;
  orderNumber: string;
  intentId: string;
  total: number;
  userId: string;
  token: string;
  ticketIds: string[];
}

/** Checks out 2 tickets for a new customer of `tenant` and pays for them through the sandbox. */
export async function paidOrder(svc: TestService, tenant: TestTenant): Promise<PaidOrder> {
  const { userId, token } = await tenant.customer();
  const event = await tenant.createEvent();
  const created = await svc.request({
    method: 'POST',
    url: '/api/v1/orders',
    headers: bearer(token),
    payload: { eventId: event.id, items: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 2 }] },
  });
  expect(created.statusCode).toBe(201);
  const order = created.json<{ id: string; orderNumber: string; payment: { intentId: string }; pricing: { total: number } }>();
  const paid = await fetch(`${svc.infra.sandbox!.urls.payment}/sandbox/payment-intents/${order.payment.intentId}/succeed`, { method: 'POST' });
  expect(paid.status).toBe(200);
  const confirmed = await getOrder(svc, token, order.id);
  expect(confirmed.status).toBe('CONFIRMED');
  return {
    id: order.id,
    orderNumber: order.orderNumber,
    intentId: order.payment.intentId,
    total: order.pricing.total,
    userId,
    token,
    ticketIds: confirmed.items.flatMap((item) => item.ticketIds),
  };
}

export interface OrderView {
  status: string;
  refundLocked: boolean;
  refundedAmount: number;
  items: { ticketIds: string[] }[];
}

export async function getOrder(svc: TestService, token: string, orderId: string): Promise<OrderView> {
  const response = await svc.request({ method: 'GET', url: `/api/v1/orders/${orderId}`, headers: bearer(token) });
  expect(response.statusCode).toBe(200);
  return response.json<OrderView>();
}

export async function timelineTypes(svc: TestService, token: string, orderId: string): Promise<{ type: string; actor: { type: string; id: string }; data: Record<string, unknown> }[]> {
  const response = await svc.request({ method: 'GET', url: `/api/v1/orders/${orderId}/events`, headers: bearer(token) });
  expect(response.statusCode).toBe(200);
  return response.json<{ data: { type: string; actor: { type: string; id: string }; data: Record<string, unknown> }[] }>().data;
}

export interface DisputeView {
  id: string;
  paymentDisputeId: string;
  orderId: string;
  paymentIntentId: string;
  status: string;
  outcome: string | null;
  amount: number;
  lostAmount: number;
  currency: string;
  reason: string;
  evidenceDueBy: string | null;
  doubleLossRisk: boolean;
  ticketsVoid: string | null;
  openedAt: string;
  closedAt: string | null;
  history: { webhookId: string; type: string; status: string; applied: boolean; occurredAt: string }[];
}

export async function orderDisputes(svc: TestService, token: string, orderId: string): Promise<DisputeView[]> {
  const response = await svc.request({ method: 'GET', url: `/api/v1/orders/${orderId}/disputes`, headers: bearer(token) });
  expect(response.statusCode).toBe(200);
  return response.json<{ data: DisputeView[] }>().data;
}

// ---------- the sandbox Payment service's dispute controls (real signed webhooks) ----------

interface SandboxWebhookDelivery {
  delivered: boolean;
  status?: number;
  error?: string;
}

export async function openSandboxDispute(
  svc: TestService,
  body: { paymentIntentId: string; amount?: number; reason?: string; currency?: string },
): Promise<{ id: string; webhook: SandboxWebhookDelivery }> {
  const response = await fetch(`${svc.infra.sandbox!.urls.payment}/sandbox/disputes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(201);
  const opened = (await response.json()) as { id: string; webhook: SandboxWebhookDelivery };
  expect(opened.webhook).toMatchObject({ delivered: true, status: 200 });
  return opened;
}

export async function closeSandboxDispute(svc: TestService, disputeId: string, outcome: 'won' | 'lost'): Promise<void> {
  const response = await fetch(`${svc.infra.sandbox!.urls.payment}/sandbox/disputes/${disputeId}/close`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ outcome }),
  });
  expect(response.status).toBe(200);
  expect(((await response.json()) as { webhook: SandboxWebhookDelivery }).webhook).toMatchObject({ delivered: true, status: 200 });
}

// ---------- hand-made webhooks ----------

export interface WebhookBody {
  id: string;
  type: 'dispute.created' | 'dispute.updated' | 'dispute.closed';
  createdAt: string;
  data: {
    disputeId: string;
    paymentIntentId: string;
    amount: number;
    currency: string;
    reason: string;
    status: string;
    evidenceDueBy: string | null;
  };
}

export function disputeWebhook(overrides: { type?: WebhookBody['type']; createdAt?: Date; data?: Partial<WebhookBody['data']>; id?: string } = {}): WebhookBody {
  const createdAt = overrides.createdAt ?? new Date();
  return {
    id: overrides.id ?? `evt_${randomUUID()}`,
    type: overrides.type ?? 'dispute.created',
    createdAt: createdAt.toISOString(),
    data: {
      disputeId: `dp_${randomUUID()}`,
      paymentIntentId: `pi_${randomUUID()}`,
      amount: 5000,
      currency: 'USD',
      reason: 'fraudulent',
      status: 'needs_response',
      evidenceDueBy: new Date(createdAt.getTime() + 7 * 86_400_000).toISOString(),
      ...overrides.data,
    },
  };
}

export interface SendOptions {
  secret?: string;
  /** Unix seconds the signature claims; default now. */
  timestamp?: number;
  /** Replaces the whole header (undefined: no header at all). */
  header?: string | null;
  contentType?: string;
}

export interface WebhookAnswer {
  status: number;
  contentType: string | null;
  body: { status?: string; code?: string; errors?: { field: string; message: string }[] };
}

/** POSTs the exact bytes of `rawBody` to /webhooks/payment over HTTP, signed unless told otherwise. */
export async function sendRawWebhook(svc: TestService, rawBody: string, options: SendOptions = {}): Promise<WebhookAnswer> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = options.header === undefined ? paymentSignature(options.secret ?? TEST_SECRETS.PAYMENT_WEBHOOK_SECRET, rawBody, timestamp) : options.header;
  const headers: Record<string, string> = { 'content-type': options.contentType ?? 'application/json' };
  if (signature !== null) headers['payment-signature'] = signature;
  const response = await fetch(`${svc.baseUrl}/webhooks/payment`, { method: 'POST', headers, body: rawBody });
  return { status: response.status, contentType: response.headers.get('content-type'), body: (await response.json()) as WebhookAnswer['body'] };
}

export function sendWebhook(svc: TestService, body: WebhookBody, options: SendOptions = {}): Promise<WebhookAnswer> {
  return sendRawWebhook(svc, JSON.stringify(body), options);
}

// ---------- what the database holds (system view, outside RLS) ----------

export async function storedWebhook(svc: TestService, webhookId: string): Promise<{ tenant_id: string | null } | undefined> {
  return svc.infra.db.system(async (tx) => (await tx.query<{ tenant_id: string | null }>('SELECT tenant_id FROM webhook_inbox WHERE webhook_id = $1', [webhookId])).rows[0]);
}

export async function storedDispute(
  svc: TestService,
  paymentDisputeId: string,
): Promise<{ id: string; tenant_id: string | null; order_id: string | null; status: string; events: number } | undefined> {
  return svc.infra.db.system(async (tx) => {
    const { rows } = await tx.query<{ id: string; tenant_id: string | null; order_id: string | null; status: string; events: number }>(
      `SELECT d.id, d.tenant_id, d.order_id, d.status, (SELECT count(*)::int FROM dispute_events e WHERE e.dispute_id = d.id) AS events
         FROM disputes d WHERE d.payment_dispute_id = $1`,
      [paymentDisputeId],
    );
    return rows[0];
  });
}

export async function outboxMessages(svc: TestService, tenantId: string, type: string): Promise<{ data: Record<string, unknown>; tenantid: string }[]> {
  return svc.infra.db.system(async (tx) => {
    const { rows } = await tx.query<{ message: { data: Record<string, unknown>; tenantid: string } }>(
      'SELECT message FROM outbox WHERE tenant_id = $1 AND type = $2 ORDER BY created_at',
      [tenantId, type],
    );
    return rows.map((row) => row.message);
  });
}

// ---------- an alert endpoint ----------

export interface ReceivedAlert {
  id: string;
  type: string;
  severity: string;
  summary: string;
  tenantId: string | null;
  orderId: string | null;
  dispute: { paymentDisputeId: string; paymentIntentId: string };
}

export interface AlertReceiver {
  url: string;
  /** Alerts accepted (answered 204), in arrival order. */
  received: ReceivedAlert[];
  /** Every call, refused ones included, with the alert's id. */
  calls: string[];
  /** Answers 503 to the next `count` calls. */
  failNext(count: number): void;
  close(): Promise<void>;
}

export async function startAlertReceiver(): Promise<AlertReceiver> {
  const app: FastifyInstance = Fastify({ logger: false });
  let failing = 0;
  const receiver: AlertReceiver = {
    url: '',
    received: [],
    calls: [],
    failNext(count) {
      failing = count;
    },
    close: () => app.close(),
  };
  app.post('/alerts', async (request, reply) => {
    const alert = request.body as ReceivedAlert;
    receiver.calls.push(alert.id);
    if (failing > 0) {
      failing -= 1;
      return reply.code(503).send({ error: 'down on purpose' });
    }
    receiver.received.push(alert);
    return reply.code(204).send();
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  receiver.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/alerts`;
  return receiver;
}
