/**
 * Idempotency-Key (SPEC §3) and per-user rate limits (SPEC §11) on the order routes that move state.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { eventually, useTestService } from '../support/harness.js';
import {
  bearer,
  cancelOrder,
  cartOf,
  checkout,
  expectProblem,
  listAllOrders,
  placeOrder,
  reservationsOf,
  setFault,
  type OrderBody,
} from '../support/orders.js';

const svc = useTestService();

/**
 * Makes the statement that completes an Idempotency-Key on the way out fail, as a database that goes away at
 * that moment would (the answer still goes out; the key stays in progress). Answers the function that undoes it.
 */
function failKeyCompletionStatements(): () => void {
  const db = svc.infra.db;
  const statement = db.statement;
  db.statement = (async (sql: string, params?: readonly unknown[]) => {
    if (/^\s*UPDATE idempotency_keys SET state = 'completed'/.test(sql)) throw new Error('Connection terminated unexpectedly');
    return statement(sql, params);
  }) as Database['statement'];
  return () => {
    db.statement = statement;
  };
}
afterAll(async () => {
  await setFault(svc, 'payment', { mode: 'off' }).catch(() => undefined);
});

describe('Idempotency-Key on checkout', () => {
  it('replays the first answer byte for byte for the same key and body, and creates one order', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent();
    const key = { 'idempotency-key': 'checkout-42' };

    const first = await checkout(svc, token, cartOf(event, 2), key);
    const second = await checkout(svc, token, cartOf(event, 2), key);

    expect(first.statusCode).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body).toBe(first.body);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
    const orders = await listAllOrders(svc, await tenant.support());
    expect(orders.map((order) => order.id)).toEqual([first.json<OrderBody>().id]);
    expect(reservationsOf(svc, event.id)).toHaveLength(1);
  });

  it('replays a successful checkout as it was answered, even after the order moved on', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent();
    const key = { 'idempotency-key': 'replay-after-cancel' };
    const first = await checkout(svc, token, cartOf(event, 1), key);
    expect(first.statusCode).toBe(201);
    expect(first.json<OrderBody>().status).toBe('RESERVED');
    expect((await cancelOrder(svc, token, first.json<OrderBody>().id)).statusCode).toBe(200);

    const replay = await checkout(svc, token, cartOf(event, 1), key);

    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.headers['content-type']).toBe(first.headers['content-type']);
    expect(replay.body).toBe(first.body);
  });

  it('stores the answer of a checkout in the transaction that reserves the order, not in a statement after it', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent();
    const placed = await placeOrder(svc, tenant, { event });
    const restore = failKeyCompletionStatements();
    try {
      // Where an answer is stored by the statement of its own, that statement failing leaves the key in progress ...
      const cancel = () =>
        svc.request({
          method: 'POST',
          url: `/api/v1/orders/${placed.order.id}/cancel`,
          headers: { ...bearer(placed.token), 'idempotency-key': 'cancel-without-completion' },
          payload: { reason: 'changed my mind' },
        });
      expect((await cancel()).statusCode).toBe(200);
      expectProblem(await cancel(), 409, 'IDEMPOTENCY_IN_PROGRESS');

      // ... while a checkout's answer was stored with its reservation and replays.
      const key = { 'idempotency-key': 'checkout-without-completion' };
      const first = await checkout(svc, token, cartOf(event, 2), key);
      expect(first.statusCode).toBe(201);
      const replay = await checkout(svc, token, cartOf(event, 2), key);
      expect(replay.statusCode).toBe(201);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(replay.body).toBe(first.body);
    } finally {
      restore();
    }
  });

  it('answers the order of a checkout whose process died before storing the answer, once the key is taken over', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent();
    const key = { 'idempotency-key': 'holder-died' };
    const first = (await checkout(svc, token, cartOf(event, 2), key)).json<OrderBody>();
    // As a process that died after writing the order leaves the key: in progress, its lease since passed.
    await svc.infra.db.system((tx) =>
      tx.query(
        `UPDATE idempotency_keys SET state = 'in_progress', response_status = NULL, response_type = NULL, response_body = NULL,
                locked_until = now() - interval '1 second'
          WHERE tenant_id = $1 AND key = $2`,
        [tenant.id, key['idempotency-key']],
      ),
    );

    const retried = await checkout(svc, token, cartOf(event, 2), key);

    expect(retried.statusCode).toBe(201);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
    expect(retried.json<OrderBody>().id).toBe(first.id);
    expect(retried.json<OrderBody>().status).toBe('RESERVED');
    expect((await listAllOrders(svc, await tenant.support())).map((order) => order.id)).toEqual([first.id]);
    expect(reservationsOf(svc, event.id)).toHaveLength(1);
    const replay = await checkout(svc, token, cartOf(event, 2), key);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toBe(retried.body);
  });

  it('treats the same body with its fields in another order as the same request', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent();
    const typeId = event.ticketTypes[0]!.id;
    const key = { 'idempotency-key': 'reordered' };

    const first = await checkout(svc, token, { eventId: event.id, items: [{ ticketTypeId: typeId, quantity: 1 }] }, key);
    const second = await checkout(svc, token, { items: [{ quantity: 1, ticketTypeId: typeId }], eventId: event.id }, key);

    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body).toBe(first.body);
  });

  it('answers 422 IDEMPOTENCY_KEY_REUSED for the same key with another body, and changes nothing', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent();
    const key = { 'idempotency-key': 'reused-key' };
    expect((await checkout(svc, token, cartOf(event, 1), key)).statusCode).toBe(201);

    expectProblem(await checkout(svc, token, cartOf(event, 3), key), 422, 'IDEMPOTENCY_KEY_REUSED');

    const orders = await listAllOrders(svc, await tenant.support());
    expect(orders).toHaveLength(1);
    expect(orders[0]!.items[0]!.quantity).toBe(1);
  });

  it('creates exactly one order from 8 concurrent requests with one key; the rest are replays or 409 IN_PROGRESS', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent();
    const key = { 'idempotency-key': 'double-click' };

    const responses = await Promise.all(Array.from({ length: 8 }, () => checkout(svc, token, cartOf(event, 2), key)));

    const created = responses.filter((response) => response.statusCode === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    const ids = new Set(created.map((response) => response.json<OrderBody>().id));
    expect(ids.size).toBe(1);
    expect(created.filter((response) => response.headers['idempotent-replayed'] !== 'true')).toHaveLength(1);
    for (const response of responses.filter((candidate) => candidate.statusCode !== 201)) {
      expectProblem(response, 409, 'IDEMPOTENCY_IN_PROGRESS');
    }
    const orders = await listAllOrders(svc, await tenant.support());
    expect(orders.map((order) => order.id)).toEqual([...ids]);
    expect(reservationsOf(svc, event.id)).toHaveLength(1);
  });

  it('answers 409 IDEMPOTENCY_IN_PROGRESS to a repeat while the first request is still running', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent();
    const key = { 'idempotency-key': 'slow-one' };
    await setFault(svc, 'payment', { mode: 'slow', delayMs: 800, count: 1 });

    const first = checkout(svc, token, cartOf(event), key);
    // The first request is inside the saga once its hold exists at the Ticket service.
    await eventually(async () => (reservationsOf(svc, event.id).length === 1 ? true : undefined), 5000, 10);
    const repeat = await checkout(svc, token, cartOf(event), key);

    expectProblem(repeat, 409, 'IDEMPOTENCY_IN_PROGRESS');
    const original = await first;
    expect(original.statusCode).toBe(201);
    const replay = await checkout(svc, token, cartOf(event), key);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toBe(original.body);
  });

  it('scopes keys per user: another user with the same key gets their own order', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent();
    const alice = await tenant.customer();
    const bob = await tenant.customer();
    const key = { 'idempotency-key': 'my-first-order' };

    const forAlice = await checkout(svc, alice.token, cartOf(event), key);
    const forBob = await checkout(svc, bob.token, cartOf(event), key);

    expect(forAlice.statusCode).toBe(201);
    expect(forBob.statusCode).toBe(201);
    expect(forBob.headers['idempotent-replayed']).toBeUndefined();
    expect(forBob.json<OrderBody>().id).not.toBe(forAlice.json<OrderBody>().id);
    expect(forBob.json<OrderBody>().userId).toBe(bob.userId);
    expect(await listAllOrders(svc, await tenant.support())).toHaveLength(2);
  });

  it('scopes keys per tenant: the same user id and key in another tenant is another order', async () => {
    const first = svc.tenant();
    const second = svc.tenant();
    const key = { 'idempotency-key': 'shared-key' };
    const a = await checkout(svc, await first.token('same-user'), cartOf(await first.createEvent()), key);
    const b = await checkout(svc, await second.token('same-user'), cartOf(await second.createEvent()), key);

    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(b.headers['idempotent-replayed']).toBeUndefined();
    expect(b.json<OrderBody>().id).not.toBe(a.json<OrderBody>().id);
  });

  it('replays a refusal too: SOLD_OUT stays the answer for that key', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent({ ticketTypes: [{ name: 'Tiny', price: 5000, capacity: 1 }] });
    const key = { 'idempotency-key': 'too-many' };

    const first = await checkout(svc, token, cartOf(event, 2), key);
    const second = await checkout(svc, token, cartOf(event, 2), key);

    expectProblem(first, 409, 'SOLD_OUT');
    expect(second.statusCode).toBe(409);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body).toBe(first.body);
  });

  it('answers without replay for requests that carry no key', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent();

    const a = await checkout(svc, token, cartOf(event));
    const b = await checkout(svc, token, cartOf(event));

    expect(a.json<OrderBody>().id).not.toBe(b.json<OrderBody>().id);
    expect(await listAllOrders(svc, await tenant.support())).toHaveLength(2);
  });
});

describe('Idempotency-Key on cancel', () => {
  it('replays the cancellation instead of answering 409 the second time', async () => {
    const tenant = svc.tenant();
    const { order, token } = await placeOrder(svc, tenant);
    const request = () =>
      svc.request({
        method: 'POST',
        url: `/api/v1/orders/${order.id}/cancel`,
        headers: { ...bearer(token), 'idempotency-key': 'cancel-1' },
        payload: { reason: 'no longer needed' },
      });

    const first = await request();
    const second = await request();

    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(200);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body).toBe(first.body);
    expect((await cancelOrder(svc, token, order.id)).statusCode).toBe(409);
  });
});

describe('rate limits', () => {
  it('answers the 11th checkout of a user within a minute with 429 RATE_LIMITED and Retry-After, even if earlier ones were invalid', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent();

    // The limiter counts attempts right after authentication, before the body is even parsed.
    for (let n = 0; n < 10; n++) {
      expectProblem(await checkout(svc, token, { eventId: event.id, items: [] }), 400, 'VALIDATION_FAILED');
    }
    const limited = await checkout(svc, token, cartOf(event));

    expectProblem(limited, 429, 'RATE_LIMITED');
    const retryAfter = Number(limited.headers['retry-after']);
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(reservationsOf(svc, event.id)).toEqual([]);

    // Another user of the same tenant is not affected, and reading stays open to the limited user.
    const other = await tenant.customer();
    expect((await checkout(svc, other.token, cartOf(event))).statusCode).toBe(201);
    expect((await svc.request({ method: 'GET', url: '/api/v1/orders', headers: bearer(token) })).statusCode).toBe(200);
  });

  it('allows 10 real checkouts a minute', async () => {
    const tenant = svc.tenant();
    const customer = await tenant.customer();
    const events = [await tenant.createEvent(), await tenant.createEvent()];

    for (let n = 0; n < 10; n++) {
      expect((await checkout(svc, customer.token, cartOf(events[n % 2]!))).statusCode).toBe(201);
    }
    expectProblem(await checkout(svc, customer.token, cartOf(events[0]!)), 429, 'RATE_LIMITED');
  });

  it('allows 5 cancels a minute per user, then answers 429', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    for (let n = 0; n < 5; n++) {
      expectProblem(await cancelOrder(svc, token, '3b241101-e2bb-4255-8caf-4136c566a962'), 404, 'NOT_FOUND');
    }
    const limited = await cancelOrder(svc, token, '3b241101-e2bb-4255-8caf-4136c566a962');
    expectProblem(limited, 429, 'RATE_LIMITED');
    expect(limited.headers['retry-after']).toEqual(expect.stringMatching(/^\d+$/));
  });
});
