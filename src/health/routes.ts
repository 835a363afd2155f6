/** Liveness, readiness and start-up probes (SPEC §11) and the Prometheus endpoint. */
import { Type } from '@sinclair/typebox';
import { Problem } from '../http/common-schemas.js';
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

const Status = Type.Object({ status: Type.String({ description: '"ok"; "starting" while migrations run' }) });
const Readiness = Type.Object({
  status: Type.Union([Type.Literal('ready'), Type.Literal('unavailable')]),
  failing: Type.Optional(Type.Array(Type.String(), { description: 'the checks that are down' })),
  checks: Type.Record(Type.String(), Type.Object({ status: Type.String(), error: Type.Optional(Type.String()) }, { additionalProperties: true }), {
    description: 'per dependency (database, cache, broker, peer breakers): up or down, with details',
  }),
});

export function registerHealthRoutes(app: FastifyInstance, deps: HealthDependencies): void {
  const publicRoute = { auth: { kind: 'public' as const } };
  const tags = ['operations'];

  app.get('/health/live', { config: publicRoute, schema: { tags, summary: 'The process is up', response: { 200: Status } } }, async () => ({ status: 'ok' }));

  app.get(
    '/health/startup',
    { config: publicRoute, schema: { tags, summary: 'Start-up finished (migrations applied)', response: { 200: Status, 503: { content: { 'application/json': { schema: Status }, 'application/problem+json': { schema: Problem } } } } } },
    async (_request, reply) =>
      deps.isAccepting() ? { status: 'ok' } : reply.code(503).send({ status: 'starting' }),
  );

  // 503 is the readiness body, or the problem document of the overload guard, which may refuse any request.
  const unavailable = { content: { 'application/json': { schema: Readiness }, 'application/problem+json': { schema: Problem } } };
  const readySchema = { tags, summary: 'Database, cache, broker reachable; breakers', response: { 200: Readiness, 503: unavailable } };
  app.get('/health/ready', { config: publicRoute, schema: readySchema }, async (_request, reply) => {
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

  const metricsSchema = {
    tags,
    summary: 'Prometheus metrics',
    hide: false,
    response: { 200: { description: 'Prometheus text exposition format', content: { 'text/plain': { schema: Type.String() } } } },
  };
  app.get('/metrics', { config: publicRoute, schema: metricsSchema }, async (_request, reply) => {
    const body = await deps.metrics.registry.metrics();
    return reply.type(deps.metrics.registry.contentType).send(body);
  });
}
