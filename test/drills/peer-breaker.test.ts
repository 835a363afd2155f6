/**
 * Drill: a peer fails (answers 503) or hangs (answers after the call timeout). After enough failed calls
 * (≥ 10, ≥ 50 %) its circuit breaker opens and checkouts answer 503 UPSTREAM_UNAVAILABLE with Retry-After
 * at once, without calling the peer, fast compared with the call timeout. Once the peer is back and the open
 * period (PEER_BREAKER_OPEN_MS, shortened here) has passed, one trial call closes the breaker and checkouts
 * succeed again. Afterwards the database and the peers agree: no order is left PENDING, every failed checkout
 * that got as far as an order is CANCELLED with the cause, and no hold or intent outlives its order.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { eventually, startTestService, type TestService, type TestTenant } from '../support/harness.js';
import { serviceTargets } from '../support/services.js';

const targets = await serviceTargets();

const TIMEOUT_MS = 1000;
const OPEN_MS = 2000;

interface Sandbox {
  ticket: string;
  payment: string;
  event: string;
}

async function setFault(url: string, fault: { mode: 'fail' | 'slow' | 'off'; delayMs?: number }): Promise<void> {
  const response = await fetch(`${url}/sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fault),
  });
  expect(response.status).toBe(200);
}

async function internalCalls(url: string): Promise<number> {
  return ((await (await fetch(`${url}/sandbox/faults`)).json()) as { internalCalls: number }).internalCalls;
}

interface Answer {
  status: number;
  code: string | undefined;
  retryAfter: string | undefined;
  ms: number;
}

async function checkout(svc: TestService, tenant: TestTenant, event: { id: string; ticketTypes: { id: string }[] }): Promise<Answer> {
  const buyer = await tenant.customer();
  const started = performance.now();
  const response = await svc.request({
    method: 'POST',
    url: '/api/v1/orders',
    headers: { authorization: `Bearer ${buyer.token}` },
    payload: { eventId: event.id, items: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 1 }] },
  });
  const ms = performance.now() - started;
  const retryAfter = response.headers['retry-after'];
  return { status: response.statusCode, code: (response.json() as { code?: string }).code, retryAfter: retryAfter === undefined ? undefined : String(retryAfter), ms };
}

/** The drill's invariants, from the database and the sandbox once the peer is back. */
async function expectNothingLeaked(svc: TestService, sandbox: Sandbox, tenantId: string): Promise<void> {
  const { rows: orders } = await svc.infra.db.system((tx) =>
    tx.query<{ id: string; status: string; failure_code: string | null; reservation_id: string | null; payment_intent_id: string | null }>(
      'SELECT id, status, failure_code, reservation_id, payment_intent_id FROM orders WHERE tenant_id = $1',
      [tenantId],
    ),
  );
  expect(orders.filter((order) => order.status === 'PENDING')).toEqual([]);
  expect(orders.filter((order) => order.status === 'CANCELLED' && order.failure_code !== 'UPSTREAM_UNAVAILABLE')).toEqual([]);
  const reserved = orders.filter((order) => order.status === 'RESERVED');
  const holds = (await (await fetch(`${sandbox.ticket}/sandbox/reservations?tenantId=${tenantId}`)).json()) as { reservationId: string; status: string }[];
  const reservedHolds = new Set(reserved.map((order) => order.reservation_id));
  expect(holds.filter((hold) => hold.status === 'HELD' && !reservedHolds.has(hold.reservationId))).toEqual([]);
  const intents = (await (await fetch(`${sandbox.payment}/sandbox/payment-intents?tenantId=${tenantId}`)).json()) as { id: string; status: string }[];
  const reservedIntents = new Set(reserved.map((order) => order.payment_intent_id));
  expect(intents.filter((intent) => intent.status !== 'cancelled' && !reservedIntents.has(intent.id))).toEqual([]);
}

describe.runIf(targets.databaseUrl)('drill: a failing or hanging peer opens its breaker, and the service recovers', () => {
  let running: TestService | undefined;
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });

  const start = async () => {
    const svc = await startTestService({ messaging: false, env: { PEER_TIMEOUT_MS: String(TIMEOUT_MS), PEER_BREAKER_OPEN_MS: String(OPEN_MS) } });
    running = svc;
    const sandbox = svc.infra.sandbox!.urls;
    const tenant = svc.tenant();
    const event = await tenant.createEvent({ ticketTypes: [{ name: 'General', price: 5000, capacity: 1000 }] });
    return { svc, sandbox, tenant, event };
  };

  it('Payment answering 503: the breaker opens, checkouts fail fast with Retry-After, and recover after the open period', { timeout: 60_000 }, async () => {
    const { svc, sandbox, tenant, event } = await start();
    await setFault(sandbox.payment, { mode: 'fail' });

    // Each checkout tries the intent three times; after ≥ 10 failed calls the breaker is open.
    const failing: Answer[] = [];
    while (svc.infra.peers.breakerStates().payment !== 'open') {
      failing.push(await checkout(svc, tenant, event));
      expect(failing.length).toBeLessThanOrEqual(6);
    }
    expect(failing.every((answer) => answer.status === 503 && answer.code === 'UPSTREAM_UNAVAILABLE')).toBe(true);
    expect(await internalCalls(sandbox.payment)).toBeGreaterThanOrEqual(10);

    // Open: answered without calling the Payment peer, fast compared with the call timeout.
    const callsBefore = await internalCalls(sandbox.payment);
    const fast: Answer[] = [];
    for (let i = 0; i < 10; i++) fast.push(await checkout(svc, tenant, event));
    expect(fast.map((answer) => [answer.status, answer.code])).toEqual(Array(10).fill([503, 'UPSTREAM_UNAVAILABLE']));
    expect(fast.every((answer) => Number(answer.retryAfter) >= 1)).toBe(true);
    expect(Math.max(...fast.map((answer) => answer.ms)), `answer times: ${fast.map((a) => Math.round(a.ms)).join(', ')} ms`).toBeLessThan(TIMEOUT_MS / 5);
    expect(await internalCalls(sandbox.payment)).toBe(callsBefore);

    // The peer is back; after the open period one trial call closes the breaker.
    await setFault(sandbox.payment, { mode: 'off' });
    await eventually(async () => (svc.infra.peers.breakerStates().payment === 'open' ? undefined : true), OPEN_MS * 3, 100);
    const recovered = await checkout(svc, tenant, event);
    expect(recovered.status).toBe(201);
    expect(svc.infra.peers.breakerStates().payment).toBe('closed');

    await expectNothingLeaked(svc, sandbox, tenant.id);
  });

  it('Ticket hanging past the call timeout: the breaker opens, checkouts fail fast, and recover after the open period', { timeout: 60_000 }, async () => {
    const { svc, sandbox, tenant, event } = await start();
    // Slow enough to time out every attempt, short enough that the sandbox never holds more than ten of them.
    await setFault(sandbox.ticket, { mode: 'slow', delayMs: TIMEOUT_MS * 1.5 });

    // Four checkouts at once: three timed-out attempts each, so the breaker opens on the tenth.
    const hanging = await Promise.all(Array.from({ length: 4 }, () => checkout(svc, tenant, event)));
    expect(hanging.map((answer) => answer.status)).toEqual([503, 503, 503, 503]);
    expect(svc.infra.peers.breakerStates().ticket).toBe('open');
    expect(Math.min(...hanging.map((answer) => answer.ms))).toBeGreaterThanOrEqual(TIMEOUT_MS);

    const fast: Answer[] = [];
    for (let i = 0; i < 10; i++) fast.push(await checkout(svc, tenant, event));
    expect(fast.map((answer) => [answer.status, answer.code])).toEqual(Array(10).fill([503, 'UPSTREAM_UNAVAILABLE']));
    expect(fast.every((answer) => Number(answer.retryAfter) >= 1)).toBe(true);
    expect(Math.max(...fast.map((answer) => answer.ms)), `answer times: ${fast.map((a) => Math.round(a.ms)).join(', ')} ms`).toBeLessThan(TIMEOUT_MS / 5);

    await setFault(sandbox.ticket, { mode: 'off' });
    await eventually(async () => (svc.infra.peers.breakerStates().ticket === 'open' ? undefined : true), OPEN_MS * 3, 100);
    const recovered = await checkout(svc, tenant, event);
    expect(recovered.status).toBe(201);
    expect(svc.infra.peers.breakerStates().ticket).toBe('closed');

    await expectNothingLeaked(svc, sandbox, tenant.id);
  });
});
