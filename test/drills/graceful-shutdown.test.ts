/**
 * Drill: SIGTERM while a checkout is in flight. The process must finish the accepted request, publish
 * what it committed, and exit 0 within 10 s.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { signUserToken } from '../../src/http/user-token.js';
import { eventually, TEST_SECRETS } from '../support/harness.js';
import { serviceTargets } from '../support/services.js';

const targets = await serviceTargets();

function startProcess(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

describe.runIf(targets.databaseUrl)('drill: graceful shutdown', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGKILL');
  });

  it('finishes the in-flight checkout, flushes the outbox and exits 0 within 10 s of SIGTERM', { timeout: 60_000 }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'order-service-drill-'));
    const started = startProcess({
      ...TEST_SECRETS,
      NODE_ENV: 'test',
      PORT: '0',
      DATA_DIR: dataDir,
      DATABASE_URL: targets.databaseUrl!,
      ...(targets.redisUrl ? { REDIS_URL: targets.redisUrl } : {}),
      ...(targets.rabbitmqUrl ? { RABBITMQ_URL: targets.rabbitmqUrl } : {}),
      SANDBOX_TICKET_PORT: '0',
      SANDBOX_PAYMENT_PORT: '0',
      SANDBOX_EVENT_PORT: '0',
      LOG_LEVEL: 'warn',
    });
    child = started.child;
    const urls = await eventually(async () => {
      const text = started.output();
      const service = /Order Service listening on (http:\/\/[\d.:]+)/.exec(text)?.[1];
      const sandbox = /Platform sandbox: ticket (\S+), payment (\S+), event (\S+)/.exec(text);
      return service && sandbox ? { service, payment: sandbox[2]!.replace(/,$/, ''), event: sandbox[3]! } : undefined;
    }, 30_000, 100);

    const tenantId = randomUUID();
    const eventResponse = await fetch(`${urls.event}/sandbox/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        tenantId,
        name: 'Drill',
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        currency: 'USD',
        venue: { name: 'Hall', country: 'US' },
        ticketTypes: [{ name: 'General', price: 5000, capacity: 10 }],
      }),
    });
    const event = (await eventResponse.json()) as { id: string; ticketTypes: { id: string }[] };
    // The Payment peer answers slowly, so the checkout is still running when SIGTERM arrives.
    await fetch(`${urls.payment}/sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ mode: 'slow', delayMs: 1500, count: 1 }),
    });
    const token = await signUserToken(TEST_SECRETS.JWT_SECRET, { sub: 'drill-user', tenantId, roles: ['customer'] });
    const inFlight = fetch(`${urls.service}/api/v1/orders`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ eventId: event.id, items: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 1 }] }),
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const signalledAt = Date.now();
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');

    const response = await inFlight;
    expect(response.status).toBe(201);
    const order = (await response.json()) as { id: string };
    const code = await exited;
    expect({ code, output: code === 0 ? "" : started.output().slice(-3000) }).toEqual({ code: 0, output: "" });
    expect(Date.now() - signalledAt).toBeLessThan(10_000);

    const client = new pg.Client({ connectionString: targets.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ type: string; published: boolean }>(
        `SELECT type, published_at IS NOT NULL AS published FROM outbox WHERE message->'data'->>'orderId' = $1`,
        [order.id],
      );
      expect(rows.map((row) => row.type).sort()).toEqual(['order.created', 'order.reserved']);
      expect(rows.every((row) => row.published)).toBe(true);
    } finally {
      await client.end();
    }
  });
});
