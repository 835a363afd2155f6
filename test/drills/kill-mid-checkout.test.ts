/**
 * Drill: the service is killed with SIGKILL in the middle of a burst of checkouts and started again. The
 * peers (the platform sandbox) run in a process of their own, so they outlive the kill with whatever the dead
 * sagas left there. The burst is caught in both windows a crash can hit: waiting for the Payment peer (a hold
 * taken, no intent yet), and between the intent's creation and its recording on the order (the test holds the
 * order rows locked, so a hold and an intent exist that the database does not know of). After recovery (the restarted
 * service's saga-recovery job, and a second instance running the same job at the same time), the database
 * and the peers must agree:
 *   - no order of the drill stays PENDING;
 *   - no HELD reservation exists without a RESERVED order holding it;
 *   - no payment intent is left open (not cancelled, not paid) unless it is the intent of a RESERVED order;
 *   - each recovered order was cancelled once (one order.cancelled on its timeline and in the outbox),
 *     although two instances recovered at once;
 *   - the restarted service takes checkouts again.
 */
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { signUserToken } from '../../src/http/user-token.js';
import { buildAppOn, openInfrastructure } from '../../src/infrastructure.js';
import { sagaRecoveryJob } from '../../src/jobs/saga-recovery.js';
import { createMetrics } from '../../src/metrics.js';
import { json, post, startProcess, startSandbox } from '../support/drill-processes.js';
import { eventually, TEST_SECRETS } from '../support/harness.js';
import { serviceTargets } from '../support/services.js';

const targets = await serviceTargets();

describe.runIf(targets.databaseUrl)('drill: SIGKILL in the middle of a burst of checkouts', () => {
  const children: ChildProcess[] = [];
  const closers: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const close of closers.reverse()) await close().catch(() => undefined);
    for (const child of children) child.kill('SIGKILL');
  });

  it('leaves no PENDING order, no leaked hold and no open intent after recovery, and serves again', { timeout: 90_000 }, async () => {
    // Holding a connection for the whole drill also tells the PostgreSQL-restart drill that we are running.
    const db = new pg.Client({ connectionString: targets.databaseUrl, application_name: 'drill-kill-mid-checkout' });
    await db.connect();
    closers.push(() => db.end());

    const sandbox = await startSandbox();
    children.push(sandbox.started.child);
    const serviceEnv = {
      ...TEST_SECRETS,
      NODE_ENV: 'test',
      PORT: '0',
      DATA_DIR: await mkdtemp(join(tmpdir(), 'order-service-kill-drill-')),
      DATABASE_URL: targets.databaseUrl!,
      ...(targets.redisUrl ? { REDIS_URL: targets.redisUrl } : {}),
      // The in-process bus: this drill is about the database and the peers, not the broker.
      TICKET_SERVICE_URL: sandbox.urls.ticket,
      EVENT_SERVICE_URL: sandbox.urls.event,
      PAYMENT_SERVICE_URL: sandbox.urls.payment,
      SAGA_TIMEOUT_SECONDS: '1',
      // The burst of thirty must all be in flight when the kill comes: no admission limit refuses some of them.
      ADMISSION_MAX_IN_FLIGHT: '0',
      LOG_LEVEL: 'error',
    };
    const startService = async () => {
      const started = startProcess('src/main.ts', serviceEnv);
      children.push(started.child);
      const url = await eventually(async () => /Order Service listening on (http:\/\/[\d.:]+)/.exec(started.output())?.[1], 30_000, 100);
      return { ...started, url };
    };
    let service = await startService();

    const tenantId = randomUUID();
    const event = await json<{ id: string; ticketTypes: { id: string }[] }>(
      `${sandbox.urls.event}/sandbox/events`,
      post({
        tenantId,
        name: 'Kill drill',
        startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        currency: 'USD',
        venue: { name: 'Hall', country: 'US', region: 'CA', city: 'Los Angeles', postalCode: '90012' },
        ticketTypes: [{ name: 'General', price: 5000, capacity: 1000 }],
      }),
    );
    const checkout = async (baseUrl: string) => {
      const token = await signUserToken(TEST_SECRETS.JWT_SECRET, { sub: `kill-drill-${randomUUID()}`, tenantId, roles: ['customer'] });
      return fetch(`${baseUrl}/api/v1/orders`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: JSON.stringify({ eventId: event.id, items: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 1 }] }),
      });
    };
    const reservations = () => json<{ reservationId: string; status: string }[]>(`${sandbox.urls.ticket}/sandbox/reservations?tenantId=${tenantId}`);
    const intents = () =>
      json<{ id: string; orderId: string; status: string }[]>(`${sandbox.urls.payment}/sandbox/payment-intents?tenantId=${tenantId}`);

    // Ten checkouts complete. Then a burst of thirty is caught mid-saga when the kill comes: the first ten
    // intent calls hang at the Payment peer (hold taken, no intent), and the others find their order row
    // locked by this test right after the Payment peer created their intent (hold and intent taken, neither
    // recorded on the order) -- the two windows a crash can hit.
    const completed = await Promise.all(Array.from({ length: 10 }, () => checkout(service.url)));
    expect(completed.map((response) => response.status)).toEqual(Array(10).fill(201));
    const locker = new pg.Client({ connectionString: targets.databaseUrl, application_name: 'drill-kill-mid-checkout' });
    await locker.connect();
    closers.push(() => locker.end());
    await locker.query('BEGIN');
    await json(`${sandbox.urls.payment}/sandbox/faults`, post({ mode: 'slow', delayMs: 3000, count: 10 }));
    const burst = Array.from({ length: 30 }, () => checkout(service.url).then((response) => response.status, () => 'killed'));
    const pendingIntents = async () => {
      const { rows } = await db.query<{ id: string }>(`SELECT id FROM orders WHERE tenant_id = $1 AND status = 'PENDING' AND payment_intent_id IS NULL`, [tenantId]);
      const pending = new Set(rows.map((row) => row.id));
      return (await intents()).filter((intent) => pending.has(intent.orderId) && intent.status === 'requires_payment');
    };
    await eventually(async () => {
      await locker.query(`SELECT id FROM orders WHERE tenant_id = $1 AND status = 'PENDING' FOR UPDATE`, [tenantId]);
      const held = (await reservations()).filter((r) => r.status === 'HELD').length;
      return held >= 35 && (await pendingIntents()).length >= 5 ? true : undefined;
    }, 20_000, 20);
    service.child.kill('SIGKILL');
    await new Promise((resolve) => service.child.once('exit', resolve));
    const answers = await Promise.all(burst);
    await locker.query('ROLLBACK');
    await json(`${sandbox.urls.payment}/sandbox/faults`, post({ mode: 'off' }));

    const { rows: atKill } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM orders WHERE tenant_id = $1 AND status = 'PENDING'`, [tenantId]);
    expect(atKill[0]!.n, `answers of the burst: ${answers.join(', ')}`).toBeGreaterThan(5);
    // The dead sagas' work the database does not know of: intents (and holds) of PENDING orders.
    expect((await pendingIntents()).length).toBeGreaterThanOrEqual(5);

    // Recovery: the restarted service runs its saga-recovery job, and a second instance runs it too.
    service = await startService();
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      ...TEST_SECRETS,
      DATABASE_URL: targets.databaseUrl!,
      TICKET_SERVICE_URL: sandbox.urls.ticket,
      EVENT_SERVICE_URL: sandbox.urls.event,
      PAYMENT_SERVICE_URL: sandbox.urls.payment,
      SAGA_TIMEOUT_SECONDS: '1',
    });
    const metrics = createMetrics({ defaultMetrics: false });
    const log = pino({ level: 'silent' });
    const infra = await openInfrastructure(config, metrics, { log });
    closers.push(() => infra.close());
    const second = await buildAppOn(infra, config, { metrics, logger: log });
    closers.push(() => second.close());
    const recovery = sagaRecoveryJob(second.services.orderDeps, second.services.checkout);
    await eventually(async () => {
      await recovery.runOnce();
      const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM orders WHERE tenant_id = $1 AND status = 'PENDING'`, [tenantId]);
      return rows[0]!.n === 0 ? true : undefined;
    }, 30_000, 250);

    const { rows: orders } = await db.query<{ id: string; status: string; reservation_id: string | null; payment_intent_id: string | null }>(
      'SELECT id, status, reservation_id, payment_intent_id FROM orders WHERE tenant_id = $1',
      [tenantId],
    );
    const byId = new Map(orders.map((order) => [order.id, order]));
    const reservedHolds = new Set(orders.filter((order) => order.status === 'RESERVED').map((order) => order.reservation_id));
    const leakedHolds = (await reservations()).filter((r) => r.status === 'HELD' && !reservedHolds.has(r.reservationId));
    expect(leakedHolds).toEqual([]);
    const openIntents = (await intents()).filter((intent) => intent.status !== 'cancelled' && intent.status !== 'succeeded');
    const leakedIntents = openIntents.filter((intent) => {
      const order = byId.get(intent.orderId);
      return !order || order.status !== 'RESERVED' || order.payment_intent_id !== intent.id;
    });
    expect(leakedIntents).toEqual([]);
    expect(orders.filter((order) => order.status === 'PENDING')).toEqual([]);

    const { rows: cancellations } = await db.query<{ order_id: string; timeline: number; messages: number }>(
      `SELECT o.id AS order_id,
              (SELECT count(*)::int FROM order_events e WHERE e.order_id = o.id AND e.type = 'order.cancelled') AS timeline,
              (SELECT count(*)::int FROM outbox m WHERE m.tenant_id = o.tenant_id AND m.type = 'order.cancelled'
                  AND m.message->'data'->>'orderId' = o.id::text) AS messages
         FROM orders o WHERE o.tenant_id = $1 AND o.status = 'CANCELLED'`,
      [tenantId],
    );
    expect(cancellations.length).toBe(atKill[0]!.n);
    expect(cancellations.filter((row) => row.timeline !== 1 || row.messages !== 1)).toEqual([]);

    // The restarted service takes checkouts again.
    const after = await checkout(service.url);
    expect(after.status).toBe(201);
  });
});
