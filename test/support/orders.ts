/**
 * Small factories and readers for the orders integration tests: placing orders over HTTP, reading them back,
 * and looking at (or steering) the sandbox peers through their /sandbox controls and in-memory state.
 */
import type { OrderResponse } from '../../src/modules/orders/schemas.js';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { SandboxEvent } from '../../src/peers/contract.js';
import type { SandboxPeer } from '../../sandbox/index.js';
import { useTestService, type EventSpec, type TestService, type TestServiceOptions, type TestTenant } from './harness.js';
import { serviceTargets } from './services.js';

/** An order as the API answers it: the response schema's own type, so tests and the API cannot drift apart. */
export type OrderBody = OrderResponse;
export type OrderItemBody = OrderBody['items'][number];

export interface TimelineEntryBody {
  id: number;
  type: string;
  fromStatus: string | null;
  toStatus: string | null;
  actor: { type: string; id: string; role?: string; ip?: string };
  reason: string | null;
  data: Record<string, unknown>;
  createdAt: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: { field: string; message: string }[];
  [member: string]: unknown;
}

export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

export interface CheckoutItem {
  ticketTypeId: string;
  quantity: number;
}

export function checkout(
  svc: TestService,
  token: string,
  payload: unknown,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return svc.request({ method: 'POST', url: '/api/v1/orders', headers: { ...bearer(token), ...headers }, payload: payload as object });
}

/** A checkout body for `quantity` tickets of the event's first ticket type (or the one given). */
export function cartOf(event: SandboxEvent, quantity = 1, ticketTypeIndex = 0): { eventId: string; items: CheckoutItem[] } {
  const type = event.ticketTypes[ticketTypeIndex];
  if (!type) throw new Error(`the event has no ticket type ${ticketTypeIndex}`);
  return { eventId: event.id, items: [{ ticketTypeId: type.id, quantity }] };
}

export interface PlacedOrder {
  order: OrderBody;
  event: SandboxEvent;
  userId: string;
  token: string;
}

/** A new customer checks out `quantity` tickets of a (new, unless given) event; the order is RESERVED. */
export async function placeOrder(
  svc: TestService,
  tenant: TestTenant,
  options: { event?: SandboxEvent; eventSpec?: Partial<EventSpec>; quantity?: number; customer?: { userId: string; token: string } } = {},
): Promise<PlacedOrder> {
  const event = options.event ?? (await tenant.createEvent(options.eventSpec));
  const customer = options.customer ?? (await tenant.customer());
  const response = await checkout(svc, customer.token, cartOf(event, options.quantity ?? 1));
  expect(response.statusCode, response.body).toBe(201);
  const order = response.json<OrderBody>();
  expect(order.status).toBe('RESERVED');
  return { order, event, userId: customer.userId, token: customer.token };
}

export async function getOrder(svc: TestService, token: string, orderId: string): Promise<OrderBody> {
  const response = await svc.request({ method: 'GET', url: `/api/v1/orders/${orderId}`, headers: bearer(token) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<OrderBody>();
}

export async function timelineOf(svc: TestService, token: string, orderId: string): Promise<TimelineEntryBody[]> {
  const response = await svc.request({ method: 'GET', url: `/api/v1/orders/${orderId}/events`, headers: bearer(token) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ data: TimelineEntryBody[] }>().data;
}

export function cancelOrder(svc: TestService, token: string, orderId: string, reason = 'changed my mind'): Promise<LightMyRequestResponse> {
  return svc.request({ method: 'POST', url: `/api/v1/orders/${orderId}/cancel`, headers: bearer(token), payload: { reason } });
}

/** Every order of the tenant (staff view), all pages. */
export async function listAllOrders(svc: TestService, staffToken: string, query = ''): Promise<OrderBody[]> {
  const orders: OrderBody[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams(query);
    params.set('limit', '100');
    if (cursor) params.set('cursor', cursor);
    const response = await svc.request({ method: 'GET', url: `/api/v1/orders?${params.toString()}`, headers: bearer(staffToken) });
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json<{ data: OrderBody[]; nextCursor: string | null }>();
    orders.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return orders;
}

/** Asserts an RFC 9457 problem answer with the stable code; answers the document. */
export function expectProblem(response: LightMyRequestResponse, status: number, code: string): ProblemBody {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = response.json<ProblemBody>();
  expect(problem).toMatchObject({ status, code, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
  return problem;
}

// ---------- the sandbox peers ----------

function sandboxOf(svc: TestService) {
  const sandbox = svc.infra.sandbox;
  if (!sandbox) throw new Error('the test service runs without the sandbox');
  return sandbox;
}

export async function sandboxPost(svc: TestService, peer: SandboxPeer, path: string, body?: unknown): Promise<Response> {
  return fetch(`${sandboxOf(svc).urls[peer]}${path}`, {
    method: 'POST',
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
}

export async function setFault(
  svc: TestService,
  peer: SandboxPeer,
  fault: { mode: 'fail' | 'slow' | 'off'; count?: number; delayMs?: number },
): Promise<void> {
  const response = await sandboxPost(svc, peer, '/sandbox/faults', fault);
  expect(response.status).toBe(200);
}

export async function updateEvent(svc: TestService, eventId: string, changes: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${sandboxOf(svc).urls.event}/sandbox/events/${eventId}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(changes),
  });
  expect(response.status, await response.clone().text()).toBe(200);
}

/** The customer pays: the Payment sandbox marks the intent succeeded and tells the order service. */
export async function payIntent(svc: TestService, intentId: string): Promise<Response> {
  return sandboxPost(svc, 'payment', `/sandbox/payment-intents/${intentId}/succeed`);
}

/** Tickets of a type still on sale at the Ticket sandbox. */
export function availableOf(svc: TestService, tenantId: string, eventId: string, ticketTypeId: string): number {
  const type = sandboxOf(svc)
    .state.tickets.listTicketTypes(eventId, tenantId)
    .find((candidate) => candidate.id === ticketTypeId);
  if (!type) throw new Error(`ticket type ${ticketTypeId} not found in the sandbox`);
  return type.available;
}

/** Reservations the Ticket sandbox holds for the event, by their raw status (HELD, COMMITTED, RELEASED). */
export function reservationsOf(svc: TestService, eventId: string): { reservationId: string; status: string; expiresAtMs: number }[] {
  return [...sandboxOf(svc).state.tickets.reservations.values()]
    .filter((reservation) => reservation.eventId === eventId)
    .map(({ reservationId, status, expiresAtMs }) => ({ reservationId, status, expiresAtMs }));
}

/** Every payment intent the Payment sandbox made for the order (normally one). */
export function intentsOfOrder(svc: TestService, orderId: string): { id: string; status: string; amount: number; refundedAmount: number }[] {
  return [...sandboxOf(svc).state.payments.intents.values()]
    .filter((intent) => intent.orderId === orderId)
    .map(({ id, status, amount, refundedAmount }) => ({ id, status, amount, refundedAmount }));
}

export function intentStatus(svc: TestService, intentId: string): string | undefined {
  return sandboxOf(svc).state.payments.intents.get(intentId)?.status;
}

/** The order's tickets still valid at the Ticket sandbox. */
export function validTicketsOf(svc: TestService, tenantId: string, orderId: string): string[] {
  return sandboxOf(svc)
    .state.tickets.orderTickets(orderId, tenantId)
    .map((ticket) => ticket.ticketId);
}

export const minutesBetween = (from: string | number | Date, to: string | number | Date): number =>
  (new Date(to).getTime() - new Date(from).getTime()) / 60_000;

// ---------- a database of one's own ----------

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh PostgreSQL database on the server behind `sharedUrl` (or, when that is a pooler that cannot reach a
 * new database, on the usual local server), for tests of global background jobs: there they see only their
 * own orders, not the backlog other runs left in the shared database, and no other process's jobs see
 * theirs. Answers null when no such database can be made; the caller then stays on the shared one.
 */
export async function createScratchDatabase(sharedUrl: string, fallbackUrl = 'postgres://postgres@127.0.0.1:5432/test'): Promise<ScratchDatabase | null> {
  const name = `orders_scratch_${process.pid}_${randomBytes(4).toString('hex')}`;
  const withDatabase = (url: string, database: string) => {
    const parsed = new URL(url);
    parsed.pathname = `/${database}`;
    return parsed.toString();
  };
  const run = async (url: string, sql: string) => {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  for (const base of [...new Set([sharedUrl, fallbackUrl])]) {
    let created = false;
    try {
      await run(base, `CREATE DATABASE ${name}`);
      created = true;
      const url = withDatabase(base, name);
      await run(url, 'SELECT 1');
      return { url, drop: () => run(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
    } catch {
      if (created) await run(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    }
  }
  return null;
}

/**
 * useTestService on a scratch database of its own (createScratchDatabase), dropped after the file's tests: for
 * files whose jobs claim every due row of the database they run on. `options.env` is kept; DATABASE_URL is the
 * scratch database's when one could be made.
 */
export function useTestServiceOnScratchDatabase(options: TestServiceOptions = {}): TestService {
  let scratch: ScratchDatabase | null = null;
  afterAll(async () => {
    await scratch?.drop();
  });
  return useTestService(async () => {
    const shared = (await serviceTargets()).databaseUrl;
    scratch = shared ? await createScratchDatabase(shared) : null;
    return { ...options, env: { ...options.env, ...(scratch ? { DATABASE_URL: scratch.url } : {}) } };
  });
}
