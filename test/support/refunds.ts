/** Helpers of the refund integration tests: buying a confirmed order, steering the sandbox peers. */
import { expect } from 'vitest';
import type { PeerEvent, SandboxEvent } from '../../src/peers/contract.js';
import type { TestService, TestTenant, EventSpec } from './harness.js';

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export interface ConfirmedOrder {
  id: string;
  total: number;
  userId: string;
  token: string;
  event: SandboxEvent;
  items: { id: string; ticketTypeId: string; quantity: number; ticketIds: string[]; total: number }[];
  body: Record<string, unknown>;
}

/** Checks out `items` (default 2 General) as a new customer, pays through the sandbox and answers the confirmed order. */
export async function buyConfirmedOrder(
  svc: TestService,
  tenant: TestTenant,
  options: { event?: SandboxEvent; eventSpec?: Partial<EventSpec>; items?: { type: number; quantity: number }[]; customer?: { userId: string; token: string } } = {},
): Promise<ConfirmedOrder> {
  const event = options.event ?? (await tenant.createEvent(options.eventSpec));
  const { userId, token } = options.customer ?? (await tenant.customer());
  const items = (options.items ?? [{ type: 0, quantity: 2 }]).map((item) => ({ ticketTypeId: event.ticketTypes[item.type]!.id, quantity: item.quantity }));
  const created = await svc.request({ method: 'POST', url: '/api/v1/orders', headers: bearer(token), payload: { eventId: event.id, items } });
  expect(created.statusCode, created.body).toBe(201);
  const order = created.json<{ id: string; payment: { intentId: string } }>();
  const paid = await fetch(`${svc.infra.sandbox!.urls.payment}/sandbox/payment-intents/${order.payment.intentId}/succeed`, { method: 'POST' });
  expect(paid.status).toBe(200);
  const confirmed = await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: bearer(token) });
  const body = confirmed.json<ConfirmedOrder['body'] & { status: string; pricing: { total: number }; items: ConfirmedOrder['items'] }>();
  expect(body.status).toBe('CONFIRMED');
  return { id: order.id, total: body.pricing.total, userId, token, event, items: body.items, body };
}

/**
 * Changes the event at the sandbox Event service. The order service caches event details for 30 s; the
 * cache entry is refreshed here with the new details, as it would be once the entry expires.
 */
export async function changeEvent(svc: TestService, event: SandboxEvent, changes: { startsAt?: string; status?: PeerEvent['status'] }): Promise<void> {
  const response = await fetch(`${svc.infra.sandbox!.urls.event}/sandbox/events/${event.id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(changes),
  });
  expect(response.status).toBe(200);
  const { ticketTypes: _types, ...peerEvent } = (await response.json()) as SandboxEvent;
  await svc.infra.kv.set(`event:${event.tenantId}:${event.id}`, JSON.stringify(peerEvent), 30);
}

export const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

export async function sandboxTicket(svc: TestService, ticketId: string, action: 'transfer' | 'scan'): Promise<void> {
  const response = await fetch(`${svc.infra.sandbox!.urls.ticket}/sandbox/tickets/${ticketId}/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(action === 'transfer' ? { toUserId: 'someone-else' } : {}),
  });
  expect(response.status).toBe(200);
}

export async function paymentFaults(svc: TestService, mode: 'fail' | 'off'): Promise<void> {
  const response = await fetch(`${svc.infra.sandbox!.urls.payment}/sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ mode }),
  });
  expect(response.status).toBe(200);
}

/** The order's tickets still valid at the Ticket service (refunded ones are released). */
export async function validTicketIds(svc: TestService, tenantId: string, orderId: string): Promise<string[]> {
  return (await svc.infra.peers.tickets.orderTickets(orderId, { tenantId })).map((ticket) => ticket.ticketId);
}

export async function timelineTypes(svc: TestService, orderId: string, token: string): Promise<string[]> {
  const response = await svc.request({ method: 'GET', url: `/api/v1/orders/${orderId}/events`, headers: bearer(token) });
  return response.json<{ data: { type: string }[] }>().data.map((entry) => entry.type);
}

export async function outboxTypes(svc: TestService, tenantId: string): Promise<string[]> {
  const { rows } = await svc.infra.db.tenant(tenantId, (tx) => tx.query<{ type: string }>('SELECT type FROM outbox ORDER BY created_at'));
  return rows.map((row) => row.type);
}

/** A tenant-wide policy for the tests: defaults unless said otherwise. */
export async function createPolicy(svc: TestService, adminToken: string, body: Record<string, unknown>): Promise<{ id: string; version: number }> {
  const response = await svc.request({
    method: 'POST',
    url: '/api/v1/refund-policy',
    headers: bearer(adminToken),
    payload: { name: 'Test policy', rules: [{ minHoursBeforeEvent: 0, refundPercent: '100' }], ...body },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}
