/**
 * Drill: PostgreSQL goes down and comes back (pg_ctlcluster stop, then start) while the service keeps
 * answering. During the outage readiness is 503 and requests that need the database fail with a 5xx (never
 * a wrong 2xx or 4xx); afterwards the same process, without a restart, is ready again, reads the orders it
 * had and takes new checkouts. Needs a local cluster and the right to run pg_ctlcluster (CI runs as root).
 *
 * Other processes share this server, and an outage breaks whatever they are doing. So the drill waits (up
 * to WAIT_FOR_QUIET_MS) until no other client is connected, the other drills of this folder included (they
 * hold a connection while they run), and keeps the outage to the few seconds it takes to observe it.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestService, type TestService } from '../support/harness.js';
import { serviceTargets } from '../support/services.js';

const run = promisify(execFile);
const targets = await serviceTargets();
const APPLICATION_NAME = 'drill-postgres-restart';
const WAIT_FOR_QUIET_MS = 45_000;

const clusterVersion = existsSync('/etc/postgresql') ? readdirSync('/etc/postgresql').sort()[0] : undefined;
const localDatabase = targets.databaseUrl !== undefined && ['127.0.0.1', 'localhost'].includes(new URL(targets.databaseUrl).hostname);

async function pgctl(action: 'start' | 'stop'): Promise<void> {
  await run('pg_ctlcluster', ['--skip-systemctl-redirect', clusterVersion!, 'main', action, ...(action === 'stop' ? ['-m', 'fast'] : [])], {
    timeout: 60_000,
  });
}

async function serverAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: targets.databaseUrl, application_name: APPLICATION_NAME, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Waits until no client but this drill's is connected to the server, for 3 s in a row; false on timeout. */
async function waitForQuiet(): Promise<boolean> {
  const client = new pg.Client({ connectionString: targets.databaseUrl, application_name: APPLICATION_NAME });
  await client.connect();
  try {
    const deadline = Date.now() + WAIT_FOR_QUIET_MS;
    let quietSince: number | null = null;
    while (Date.now() < deadline) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() AND application_name <> $1`,
        [APPLICATION_NAME],
      );
      if (rows[0]!.n > 0) quietSince = null;
      else if ((quietSince ??= Date.now()) <= Date.now() - 3000) return true;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return false;
  } finally {
    await client.end();
  }
}

interface Probe {
  at: number;
  ready: number;
  read: number;
}

describe.runIf(localDatabase && clusterVersion)('drill: PostgreSQL restarts under a running service', () => {
  let svc: TestService;
  beforeAll(async () => {
    const url = new URL(targets.databaseUrl!);
    url.searchParams.set('application_name', APPLICATION_NAME);
    svc = await startTestService({ messaging: false, env: { DATABASE_URL: url.toString() } });
  });
  afterAll(async () => {
    // Whatever happened, the server must be up again for everyone else.
    if (!(await serverAnswers())) await pgctl('start').catch(() => undefined);
    await svc?.close();
  });

  it('answers 5xx while the database is down, then serves again without a restart', { timeout: 120_000 }, async () => {
    const tenant = svc.tenant();
    const buyer = await tenant.customer();
    const event = await tenant.createEvent({ ticketTypes: [{ name: 'General', price: 5000, capacity: 100 }] });
    const checkout = () =>
      svc.request({
        method: 'POST',
        url: '/api/v1/orders',
        headers: { authorization: `Bearer ${buyer.token}` },
        payload: { eventId: event.id, items: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 1 }] },
      });
    const before = await checkout();
    expect(before.statusCode).toBe(201);
    const orderId = (before.json() as { id: string }).id;

    const probes: Probe[] = [];
    const probe = async (): Promise<Probe> => {
      const [ready, read] = await Promise.all([
        svc.request({ method: 'GET', url: '/health/ready' }),
        svc.request({ method: 'GET', url: `/api/v1/orders/${orderId}`, headers: { authorization: `Bearer ${buyer.token}` } }),
      ]);
      const result = { at: Date.now(), ready: ready.statusCode, read: read.statusCode };
      probes.push(result);
      return result;
    };
    expect(await probe()).toMatchObject({ ready: 200, read: 200 });

    const quiet = await waitForQuiet();
    if (!quiet) console.warn('postgres-restart drill: other clients stayed connected; restarting anyway (keep it short)');

    const stoppedAt = Date.now();
    await pgctl('stop');
    try {
      // Observe the outage from the service's side, then end it at once.
      await eventually(async () => {
        const seen = await probe();
        return seen.ready === 503 && seen.read >= 500 ? true : undefined;
      }, 15_000, 100);
    } finally {
      await pgctl('start');
    }
    const startedAt = Date.now();

    // The same process recovers: ready, reads, and takes a new checkout.
    await eventually(async () => {
      const seen = await probe();
      return seen.ready === 200 && seen.read === 200 ? true : undefined;
    }, 30_000, 200);
    const recoveredAt = Date.now();
    const after = await checkout();
    expect(after.statusCode).toBe(201);

    const during = probes.filter((p) => p.at >= stoppedAt && p.at < recoveredAt);
    expect(during.some((p) => p.ready === 503)).toBe(true);
    // Failures during the outage are 5xx, never a 4xx or a wrong answer; successes are the order itself.
    expect(during.filter((p) => (p.read !== 200 && p.read < 500) || (p.ready !== 200 && p.ready !== 503))).toEqual([]);
    expect(recoveredAt - startedAt, 'time to recover after the server was back').toBeLessThan(30_000);

    const { rows } = await svc.infra.db.system((tx) =>
      tx.query<{ id: string; status: string }>('SELECT id, status FROM orders WHERE tenant_id = $1 ORDER BY created_at', [tenant.id]),
    );
    expect(rows.map((row) => row.status)).toEqual(['RESERVED', 'RESERVED']);
    expect(rows[0]!.id).toBe(orderId);
  });
});
