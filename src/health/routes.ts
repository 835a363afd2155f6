/** Liveness, readiness and start-up probes (SPEC §11) and the Prometheus endpoint. */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.js';
import type { KeyValueStore } from '../kv/key-value.js';
import type { Metrics } from '../metrics.js';

export interface ReadinessCheck {
  name: string;
  check(): Promise<Record<string, unknown> | void>;
}

export interface HealthDependencies {
  db: Database;
  kv: KeyValueStore;
  metrics: Metrics;
  /** Further parts to check (the message broker, the peers' breakers). */
  checks?: ReadinessCheck[];
  /** False while the process starts or after it began shutting down. */
  isAccepting(): boolean;
}

const TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS).unref()),
  ]);
}

export function registerHealthRoutes(app: FastifyInstance, deps: HealthDependencies): void {
  const publicRoute = { auth: { kind: 'public' as const } };
  const tags = ['operations'];

  app.get('/health/live', { config: publicRoute, schema: { tags, summary: 'The process is up' } }, async () => ({ status: 'ok' }));

  app.get('/health/startup', { config: publicRoute, schema: { tags, summary: 'Start-up finished (migrations applied)' } }, async (_request, reply) =>
    deps.isAccepting() ? { status: 'ok' } : reply.code(503).send({ status: 'starting' }),
  );

  app.get('/health/ready', { config: publicRoute, schema: { tags, summary: 'Database, cache, broker reachable; breakers' } }, async (_request, reply) => {
    const checks: ReadinessCheck[] = [
      { name: 'database', check: () => deps.db.ping() },
      { name: 'cache', check: () => deps.kv.ping() },
      ...(deps.checks ?? []),
    ];
    const results = await Promise.all(
      checks.map(async ({ name, check }) => {
        try {
          const details = await withTimeout(check());
          return [name, { status: 'up', ...(details ?? {}) }] as const;
        } catch (error) {
          return [name, { status: 'down', error: error instanceof Error ? error.message : 'unreachable' }] as const;
        }
      }),
    );
    const failing = results.filter(([, result]) => result.status === 'down').map(([name]) => name);
    const ready = failing.length === 0 && deps.isAccepting();
    return reply.code(ready ? 200 : 503).send({
      status: ready ? 'ready' : 'unavailable',
      ...(failing.length ? { failing } : {}),
      checks: Object.fromEntries(results),
    });
  });

  app.get('/metrics', { config: publicRoute, schema: { tags, summary: 'Prometheus metrics', hide: false } }, async (_request, reply) => {
    const body = await deps.metrics.registry.metrics();
    return reply.type(deps.metrics.registry.contentType).send(body);
  });
}
