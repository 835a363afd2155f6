/**
 * Reading orders (SPEC §4 visibility, §5 routes, §3 pagination): one order, the list with its filters and
 * cursor pages, and the audit timeline. A customer sees only their own orders, staff their tenant's, and
 * nobody another tenant's (row-level security).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../support/harness.js';
import {
  bearer,
  cancelOrder,
  cartOf,
  checkout,
  expectProblem,
  getOrder,
  placeOrder,
  timelineOf,
  type OrderBody,
} from '../support/order-factories.js';

let svc: TestService;
beforeAll(async () => {
  svc = await startTestService();
});
afterAll(async () => {
  await svc?.close();
});

interface Page {
  data: OrderBody[];
  nextCursor: string | null;
}

async function list(token: string, query = ''): Promise<Page> {
  const response = await svc.request({ method: 'GET', url: `/api/v1/orders${query ? `?${query}` : ''}`, headers: bearer(token) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Page>();
}

const ids = (orders: OrderBody[]) => orders.map((order) => order.id).sort();

describe('one order', () => {
  it('shows the buyer their order with the SPEC §12 fields', async () => {
    const tenant = svc.tenant();
    const { order, token } = await placeOrder(svc, tenant, { quantity: 2 });

    const read = await getOrder(svc, token, order.id);

    expect(read).toEqual({ ...order, updatedAt: read.updatedAt });
    for (const field of ['id', 'orderNumber', 'tenantId', 'userId', 'eventId', 'status', 'currency', 'items', 'pricing', 'taxes', 'payment']) {
      expect(read).toHaveProperty(field);
    }
    for (const field of ['reservationExpiresAt', 'refundLocked', 'refundedAmount', 'refundPolicy', 'createdAt', 'updatedAt']) {
      expect(read).toHaveProperty(field);
    }
    expect(read.payment.clientSecret).toEqual(expect.any(String));
  });

  it("answers 404 for another user's order", async () => {
    const tenant = svc.tenant();
    const { order } = await placeOrder(svc, tenant);
    const other = await tenant.customer();

    const response = await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: bearer(other.token) });

    expectProblem(response, 404, 'NOT_FOUND');
  });

  it("answers 404 for another tenant's order, to customers and staff alike", async () => {
    const { order } = await placeOrder(svc, svc.tenant());
    const intruder = svc.tenant();

    for (const token of [await intruder.admin(), await intruder.support(), await intruder.token(order.userId)]) {
      const response = await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: bearer(token) });
      expectProblem(response, 404, 'NOT_FOUND');
      const timeline = await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}/events`, headers: bearer(token) });
      expectProblem(timeline, 404, 'NOT_FOUND');
    }
  });

  it('shows support and admin any order of the tenant, without the buyer’s client secret', async () => {
    const tenant = svc.tenant();
    const { order } = await placeOrder(svc, tenant);

    for (const token of [await tenant.support(), await tenant.admin()]) {
      const read = await getOrder(svc, token, order.id);
      expect(read.id).toBe(order.id);
      expect(read.payment).toEqual({ intentId: order.payment.intentId, clientSecret: null, status: order.payment.status });
    }
  });

  it('answers 404 for an order id nobody has', async () => {
    const { token } = await svc.tenant().customer();
    const response = await svc.request({ method: 'GET', url: '/api/v1/orders/3b241101-e2bb-4255-8caf-4136c566a962', headers: bearer(token) });
    expectProblem(response, 404, 'NOT_FOUND');
  });
});

describe('the order list', () => {
  it('shows a customer only their own orders, even when they ask for another userId', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent();
    const mine = await tenant.customer();
    const theirs = await tenant.customer();
    const myOrders = [
      (await placeOrder(svc, tenant, { event, customer: mine })).order,
      (await placeOrder(svc, tenant, { event, customer: mine })).order,
    ];
    await placeOrder(svc, tenant, { event, customer: theirs });

    expect(ids((await list(mine.token)).data)).toEqual(ids(myOrders));
    expect(ids((await list(mine.token, `userId=${encodeURIComponent(theirs.userId)}`)).data)).toEqual(ids(myOrders));
  });

  it("shows support and admin the tenant's orders, and never another tenant's", async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent();
    const a = (await placeOrder(svc, tenant, { event })).order;
    const b = (await placeOrder(svc, tenant, { event })).order;
    await placeOrder(svc, svc.tenant());

    for (const token of [await tenant.support(), await tenant.admin()]) {
      const page = await list(token);
      expect(ids(page.data)).toEqual(ids([a, b]));
      expect(page.data.every((order) => order.tenantId === tenant.id)).toBe(true);
    }
  });

  it('filters by status, eventId and (for staff) userId', async () => {
    const tenant = svc.tenant();
    const concert = await tenant.createEvent({ name: 'Concert' });
    const play = await tenant.createEvent({ name: 'Play' });
    const alice = await tenant.customer();
    const bob = await tenant.customer();
    const aliceConcert = (await placeOrder(svc, tenant, { event: concert, customer: alice })).order;
    const aliceCancelled = (await placeOrder(svc, tenant, { event: concert, customer: alice })).order;
    expect((await cancelOrder(svc, alice.token, aliceCancelled.id)).statusCode).toBe(200);
    const alicePlay = (await placeOrder(svc, tenant, { event: play, customer: alice })).order;
    const bobConcert = (await placeOrder(svc, tenant, { event: concert, customer: bob })).order;
    const staff = await tenant.support();

    expect(ids((await list(staff, 'status=CANCELLED')).data)).toEqual([aliceCancelled.id]);
    expect(ids((await list(staff, 'status=RESERVED')).data)).toEqual(ids([aliceConcert, alicePlay, bobConcert]));
    expect(ids((await list(staff, `eventId=${play.id}`)).data)).toEqual([alicePlay.id]);
    expect(ids((await list(staff, `userId=${encodeURIComponent(bob.userId)}`)).data)).toEqual([bobConcert.id]);
    expect(ids((await list(staff, `userId=${encodeURIComponent(alice.userId)}&eventId=${concert.id}&status=RESERVED`)).data)).toEqual([
      aliceConcert.id,
    ]);
    expect(ids((await list(alice.token, `eventId=${concert.id}`)).data)).toEqual(ids([aliceConcert, aliceCancelled]));
    expect((await list(staff, 'status=CONFIRMED')).data).toEqual([]);
  });

  it('filters by creation time', async () => {
    const tenant = svc.tenant();
    const { order, token } = await placeOrder(svc, tenant);
    const created = new Date(order.createdAt).getTime();
    const at = (ms: number) => encodeURIComponent(new Date(ms).toISOString());

    expect(ids((await list(token, `createdFrom=${at(created)}`)).data)).toEqual([order.id]);
    expect((await list(token, `createdFrom=${at(created + 1)}`)).data).toEqual([]);
    expect(ids((await list(token, `createdTo=${at(created + 1)}`)).data)).toEqual([order.id]);
    expect((await list(token, `createdTo=${at(created)}`)).data).toEqual([]);
  });

  it('pages with a cursor: limit=2 over 5 orders gives each order exactly once, newest first, then nextCursor null', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent();
    const customer = await tenant.customer();
    const placed: OrderBody[] = [];
    for (let n = 0; n < 5; n++) placed.push((await placeOrder(svc, tenant, { event, customer })).order);

    const pages: Page[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(customer.token, `limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      pages.push(page);
      cursor = page.nextCursor;
    } while (cursor && pages.length < 10);

    expect(pages.map((page) => page.data.length)).toEqual([2, 2, 1]);
    expect(pages.at(-1)!.nextCursor).toBeNull();
    const seen = pages.flatMap((page) => page.data);
    expect(seen.map((order) => order.id)).toEqual([...placed].reverse().map((order) => order.id));
    expect(seen.every((order, index) => index === 0 || order.createdAt <= seen[index - 1]!.createdAt)).toBe(true);
  });

  it('answers nextCursor null when the last page is exactly full', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent();
    const customer = await tenant.customer();
    for (let n = 0; n < 2; n++) await placeOrder(svc, tenant, { event, customer });

    const page = await list(customer.token, 'limit=2');

    expect(page.data).toHaveLength(2);
    expect(page.nextCursor).toBeNull();
  });

  it('defaults to 20 per page', async () => {
    const tenant = svc.tenant();
    const events = await Promise.all([tenant.createEvent(), tenant.createEvent(), tenant.createEvent(), tenant.createEvent(), tenant.createEvent()]);
    // 21 orders from 21 customers (one customer may create only 10 a minute).
    for (let n = 0; n < 21; n++) {
      const customer = await tenant.customer();
      expect((await checkout(svc, customer.token, cartOf(events[n % events.length]!))).statusCode).toBe(201);
    }

    const page = await list(await tenant.admin());

    expect(page.data).toHaveLength(20);
    expect(page.nextCursor).toEqual(expect.any(String));
  });

  it.each([
    ['not base64 JSON', 'garbage!!'],
    ['JSON of the wrong shape', Buffer.from(JSON.stringify({ a: 1 })).toString('base64url')],
    ['a date that is no date', Buffer.from(JSON.stringify(['yesterday', '3b241101-e2bb-4255-8caf-4136c566a962'])).toString('base64url')],
  ])('answers 400 for a cursor that is %s', async (_label, cursor) => {
    const { token } = await svc.tenant().customer();
    const response = await svc.request({ method: 'GET', url: `/api/v1/orders?cursor=${encodeURIComponent(cursor)}`, headers: bearer(token) });
    const problem = expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(problem.errors?.map((error) => error.field)).toContain('querystring.cursor');
  });

  // BUG (reported): decodeCursor (src/modules/orders/service.ts) accepts any 36 chars of [0-9a-f-] as the id, and
  // PostgreSQL then fails to cast it to uuid in listOrders → 500 INTERNAL. Remove `.fails` once fixed.
  it('answers 400, never 500, for a forged cursor whose id is not a UUID', async () => {
    const { token } = await svc.tenant().customer();
    // Passes a loose [0-9a-f-]{36} check but is no UUID: the database must never see it.
    const cursor = Buffer.from(JSON.stringify([new Date().toISOString(), '-'.repeat(36)])).toString('base64url');

    const response = await svc.request({ method: 'GET', url: `/api/v1/orders?cursor=${cursor}`, headers: bearer(token) });

    expectProblem(response, 400, 'VALIDATION_FAILED');
  });
});

describe('the timeline', () => {
  it('lists every change with actor, role, IP, time and reason, oldest first', async () => {
    const tenant = svc.tenant();
    const { order, token, userId } = await placeOrder(svc, tenant);
    expect((await cancelOrder(svc, token, order.id, 'plans changed')).statusCode).toBe(200);

    const timeline = await timelineOf(svc, await tenant.support(), order.id);

    expect(timeline.map((entry) => [entry.type, entry.fromStatus, entry.toStatus])).toEqual([
      ['order.created', null, 'PENDING'],
      ['order.reserved', 'PENDING', 'RESERVED'],
      ['order.cancelled', 'RESERVED', 'CANCELLED'],
    ]);
    for (const entry of timeline) {
      expect(entry.actor).toEqual({ type: 'user', id: userId, role: 'customer', ip: expect.stringMatching(/\d+\.\d+\.\d+\.\d+|:/) });
      expect(Date.parse(entry.createdAt)).not.toBeNaN();
      expect(entry.createdAt).toMatch(/Z$/);
    }
    expect(timeline[2]!.reason).toBe('plans changed');
    expect(timeline.map((entry) => entry.id)).toEqual([...timeline.map((entry) => entry.id)].sort((a, b) => a - b));
  });

  it("is visible to the tenant's support staff, not to another customer", async () => {
    const tenant = svc.tenant();
    const { order } = await placeOrder(svc, tenant);

    expect(await timelineOf(svc, await tenant.support(), order.id)).toHaveLength(2);
    const other = await tenant.customer();
    const response = await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}/events`, headers: bearer(other.token) });
    expectProblem(response, 404, 'NOT_FOUND');
  });
});
