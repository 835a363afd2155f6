/**
 * Publishes the outbox (SPEC §10). Each run claims the oldest unpublished messages with FOR UPDATE SKIP
 * LOCKED, publishes them with publisher confirms and marks them published in the same transaction: two
 * instances never publish the same row at once, and a crash between confirm and commit only re-publishes
 * (at least once, consumers deduplicate by id). While the broker is away the run fails softly and the
 * messages wait; the adapter reconnects by itself.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/database.js';
import type { Metrics } from '../metrics.js';
import type { JobDefinition } from './job-runner.js';
import type { CloudEvent } from '../bus/cloud-event.js';
import { EXCHANGE, type MessageBus } from '../bus/message-bus.js';
import { contextFromTraceparent, failSpan, SpanKind, startSpan, tracingEnabled, type Span } from '../tracing.js';

export interface OutboxRelayDependencies {
  db: Database;
  bus: MessageBus;
  metrics: Metrics;
  log: FastifyBaseLogger;
}

const LAG_REFRESH_MS = 2000;
const FAILURE_LOG_EVERY_MS = 10_000;

export type OutboxRelayJob = ReturnType<typeof outboxRelayJob>;

export function outboxRelayJob(deps: OutboxRelayDependencies, options: { batchSize?: number; intervalMs?: number } = {}): JobDefinition & {
  /** Publishes until the outbox is empty or the deadline passes (graceful shutdown). */
  flush(deadline: number): Promise<void>;
} {
  const batchSize = options.batchSize ?? 200;
  let lagCheckedAt = 0;
  let lastFailureLog = 0;

  async function refreshLag(): Promise<void> {
    if (Date.now() - lagCheckedAt < LAG_REFRESH_MS) return;
    lagCheckedAt = Date.now();
    const { rows } = await deps.db.system((tx) =>
      tx.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL'),
    );
    deps.metrics.outboxLag.set(rows[0]?.n ?? 0);
  }

  /** Publishes with a producer span per message, in the trace of the change that wrote it (its traceparent). */
  async function publishTraced(messages: CloudEvent<unknown>[]): Promise<void> {
    if (!tracingEnabled()) return deps.bus.publish(messages);
    const spans: Span[] = messages.map(
      (message) =>
        startSpan(`publish ${message.type}`, {
          kind: SpanKind.PRODUCER,
          parent: contextFromTraceparent(message.traceparent),
          attributes: {
            'messaging.system': 'rabbitmq',
            'messaging.operation.type': 'send',
            'messaging.destination.name': EXCHANGE,
            'messaging.rabbitmq.destination.routing_key': message.type,
            'messaging.message.id': message.id,
            'messaging.batch.message_count': messages.length,
          },
        }).span,
    );
    try {
      await deps.bus.publish(messages);
    } catch (error) {
      for (const span of spans) failSpan(span, error);
      throw error;
    } finally {
      for (const span of spans) span.end();
    }
  }

  async function runOnce(): Promise<number> {
    let published = 0;
    try {
      published = await deps.db.system(async (tx) => {
        const { rows } = await tx.query<{ id: string; message: CloudEvent<unknown> }>(
          `SELECT id, message FROM outbox WHERE published_at IS NULL
            ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [batchSize],
        );
        if (rows.length === 0) return 0;
        await publishTraced(rows.map((row) => row.message));
        await tx.query('UPDATE outbox SET published_at = now(), attempts = attempts + 1 WHERE id = ANY($1::uuid[])', [
          rows.map((row) => row.id),
        ]);
        return rows.length;
      });
    } catch (error) {
      if (Date.now() - lastFailureLog > FAILURE_LOG_EVERY_MS) {
        lastFailureLog = Date.now();
        deps.log.warn({ err: error }, 'outbox relay could not publish; messages wait in the outbox');
      }
    }
    await refreshLag().catch(() => undefined);
    return published;
  }

  return {
    name: 'outbox-relay',
    traced: false,
    batchSize,
    intervalMs: options.intervalMs ?? 200,
    runOnce,
    async flush(deadline) {
      while (Date.now() < deadline) {
        if ((await runOnce()) < batchSize) return;
      }
    },
  };
}

/** Deletes published outbox rows older than `days` (they have done their work). */
export async function purgePublishedOutbox(db: Database, now: Date, days = 7): Promise<number> {
  return db.system(async (tx) => {
    const result = await tx.query('DELETE FROM outbox WHERE published_at < $1', [new Date(now.getTime() - days * 86_400_000)]);
    return result.rowCount;
  });
}
