/**
 * A database that refuses connections or times out answers 503 UPSTREAM_UNAVAILABLE with Retry-After, never
 * 500: the service built on a PostgreSQL that does not listen, and on one that refuses the connection with
 * too_many_connections (53300, a login role whose connection limit is spent).
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createPostgresDatabase, type Database } from '../../src/db/database.js';
import { buildAppOn } from '../../src/infrastructure.js';
import { useTestService } from '../support/harness.js';
import { serviceTargets } from '../support/services.js';

const targets = await serviceTargets();
const svc = useTestService({ messaging: false });

async function answerOn(db: Database) {
  const app = await buildAppOn({ ...svc.infra, db }, svc.config, { metrics: svc.metrics, logger: pino({ level: 'silent' }) });
  try {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const read = await app.inject({ method: 'GET', url: `/api/v1/orders/${randomUUID()}`, headers: { authorization: `Bearer ${token}` } });
    const write = await app.inject({
      method: 'POST',
      url: '/api/v1/orders',
      headers: { authorization: `Bearer ${token}`, 'idempotency-key': randomUUID() },
      payload: { eventId: randomUUID(), items: [{ ticketTypeId: randomUUID(), quantity: 1 }] },
    });
    return [read, write];
  } finally {
    await app.close();
    await db.close();
  }
}

describe('a database that cannot serve', () => {
  it('that refuses connections: 503 UPSTREAM_UNAVAILABLE with Retry-After on reads and idempotent writes', async () => {
    // Nothing listens on port 1.
    const answers = await answerOn(createPostgresDatabase({ connectionString: 'postgres://postgres@127.0.0.1:1/none' }));
    for (const answer of answers) {
      expect(answer.statusCode, answer.body).toBe(503);
      expect(answer.headers['retry-after']).toBe('2');
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(answer.json()).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', peer: 'database' });
      expect(answer.body).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    }
  });

  it.runIf(targets.databaseUrl)('that has no connection left (53300 too_many_connections): 503, not 500', async () => {
    // Making a role takes the owner's login where the service's own (least-privileged) one is separate.
    const url = new URL(process.env.DATABASE_MIGRATION_URL?.trim() || targets.databaseUrl!);
    const role = `no_connections_${randomUUID().slice(0, 8)}`;
    const admin = new pg.Client({ connectionString: url.toString() });
    await admin.connect();
    try {
      await admin.query(`CREATE ROLE ${role} LOGIN CONNECTION LIMIT 0`);
      url.username = role;
      const answers = await answerOn(createPostgresDatabase({ connectionString: url.toString() }));
      for (const answer of answers) {
        expect(answer.statusCode, answer.body).toBe(503);
        expect(answer.headers['retry-after']).toBe('2');
        expect(answer.json()).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
      }
    } finally {
      await admin.query(`DROP ROLE IF EXISTS ${role}`);
      await admin.end();
    }
  });
});
