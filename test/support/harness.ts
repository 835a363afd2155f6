/**
 * A running Order Service for integration tests: the real app on the real database (PostgreSQL when it is
 * there, PGlite otherwise), the platform sandbox on random ports, and helpers that make tenants, tokens
 * and events. Each test makes its own tenant, so tests never see each other's data.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { systemClock, type Clock } from '../../src/clock.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { Role } from '../../src/http/auth.js';
import { createServiceTokenSigner } from '../../src/http/service-token.js';
import { signUserToken } from '../../src/http/user-token.js';
import { buildAppOn, openInfrastructure, type Infrastructure } from '../../src/infrastructure.js';
import { createMetrics, type Metrics } from '../../src/metrics.js';
import type { SandboxEvent } from '../../src/peers/contract.js';
import { serviceTargets } from './services.js';
import { pino } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { startBackgroundJobs } from '../../src/jobs/background-jobs.js';
import type { RunningJob } from '../../src/jobs/job-runner.js';
import { startTracing, traceLogFields } from '../../src/tracing.js';
import { openApiConformance } from './openapi-conformance.js';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';

export const TEST_SECRETS = {
  JWT_SECRET: 'test-jwt-secret-0123456789abcdef0123456789',
  SERVICE_JWT_SECRET: 'test-service-secret-0123456789abcdef012345',
  PAYMENT_WEBHOOK_SECRET: 'test-webhook-secret-0123456789',
} as const;

export interface TestService {
  app: FastifyInstance;
  baseUrl: string;
  config: Config;
  infra: Infrastructure;
  metrics: Metrics;
  /** A fresh tenant with token makers. */
  tenant(): TestTenant;
  /** A request through the full HTTP pipeline (fastify inject). */
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  /** A service token for /internal/v1/* as `caller`. */
  serviceToken(caller: string, audience?: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestTenant {
  id: string;
  token(userId: string, roles?: Role[], extra?: { vip?: boolean }): Promise<string>;
  /** A customer token for a new random user. */
  customer(): Promise<{ userId: string; token: string }>;
  admin(): Promise<string>;
  support(): Promise<string>;
  /** Creates an event in the sandbox for this tenant (defaults: USD, in 30 days, two ticket types). */
  createEvent(overrides?: Partial<EventSpec>): Promise<SandboxEvent>;
}

export interface EventSpec {
  name: string;
  startsAt: string;
  currency: 'USD' | 'EUR' | 'GBP' | 'CAD' | 'AUD';
  salesStartAt?: string;
  salesEndAt?: string;
  ticketTypes: { name: string; price: number; capacity: number }[];
  venue: { name: string; country: string; region?: string; city?: string; postalCode?: string };
}

export interface TestServiceOptions {
  /** Environment overrides (e.g. RESERVATION_HOLD_SECONDS). */
  env?: Record<string, string>;
  clock?: Clock;
  /** Consume the queue and run the outbox relay (default true). */
  messaging?: boolean;
  /** A second instance: use this service's sandbox peers instead of starting its own. */
  sharePeersWith?: TestService;
  /** Turns tracing on with every span handed to this exporter as it ends (an InMemorySpanExporter). */
  spanExporter?: SpanExporter;
}

export async function startTestService(options: TestServiceOptions = {}): Promise<TestService> {
  const targets = await serviceTargets();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ...TEST_SECRETS,
    ...(targets.databaseUrl ? { DATABASE_URL: targets.databaseUrl } : {}),
    // The owner's login for migrations when the tests run as the least-privileged login (CI); not for a
    // test that brings a database of its own.
    ...(targets.databaseUrl && process.env.DATABASE_MIGRATION_URL && !options.env?.DATABASE_URL
      ? { DATABASE_MIGRATION_URL: process.env.DATABASE_MIGRATION_URL }
      : {}),
    // Off for the run through PgBouncer 1.18 in transaction mode (.ci/run), which cannot carry them.
    ...(process.env.DATABASE_PREPARED_STATEMENTS ? { DATABASE_PREPARED_STATEMENTS: process.env.DATABASE_PREPARED_STATEMENTS } : {}),
    ...(targets.redisUrl ? { REDIS_URL: targets.redisUrl } : {}),
    // A real broker only beside the real database: instances sharing a queue must share their orders.
    ...(targets.rabbitmqUrl && targets.databaseUrl && options.messaging !== false ? { RABBITMQ_URL: targets.rabbitmqUrl } : {}),
    PORT: '0',
    // Test files start services in the process their requests run in, and building an app blocks the loop
    // for a while: the overload guard would refuse requests of other tests. It is tested on its own.
    OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: '0',
    // Every test file's webhooks come from 127.0.0.1 and count in the same Redis: the per-address limit
    // would couple unrelated files. It is tested on its own, from addresses of its own.
    WEBHOOK_RATE_LIMIT_PER_MINUTE: '1000000',
    ...(options.sharePeersWith?.infra.sandbox
      ? {
          TICKET_SERVICE_URL: options.sharePeersWith.infra.sandbox.urls.ticket,
          EVENT_SERVICE_URL: options.sharePeersWith.infra.sandbox.urls.event,
          PAYMENT_SERVICE_URL: options.sharePeersWith.infra.sandbox.urls.payment,
        }
      : {}),
    ...options.env,
  });
  const metrics = createMetrics({ defaultMetrics: false });
  const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent', mixin: traceLogFields });
  const tracing = options.spanExporter ? startTracing({ config: config.tracing, exporter: options.spanExporter }) : null;
  const infra = await openInfrastructure(config, metrics, {
    inMemoryDatabase: true,
    sandboxPorts: { ticket: 0, payment: 0, event: 0 },
    log,
  });
  const app = await buildAppOn(infra, config, { metrics, clock: options.clock ?? systemClock, logger: log });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  infra.sandbox?.setOrderServiceUrl(baseUrl);
  const background: RunningJob[] = [];
  if (options.messaging !== false) {
    await infra.bus.consume(app.services.consumer);
    background.push(...startBackgroundJobs(app.services, { metrics, log: app.log, clock: options.clock ?? systemClock, refundRecoveryAfterSeconds: config.refundRecoveryAfterSeconds }, ['outbox-relay']));
  }

  const conformance = openApiConformance(app);

  const sandboxUrls = infra.sandbox?.urls ?? options.sharePeersWith?.infra.sandbox?.urls;
  if (!sandboxUrls) throw new Error('the test service expects the sandbox peers');

  const tenant = (): TestTenant => {
    const id = randomUUID();
    const token = (userId: string, roles: Role[] = ['customer'], extra: { vip?: boolean } = {}) =>
      signUserToken(TEST_SECRETS.JWT_SECRET, { sub: userId, tenantId: id, roles, ...extra });
    return {
      id,
      token,
      async customer() {
        const userId = `user-${randomUUID()}`;
        return { userId, token: await token(userId) };
      },
      admin: () => token(`admin-${randomUUID()}`, ['admin']),
      support: () => token(`support-${randomUUID()}`, ['support']),
      async createEvent(overrides = {}) {
        const spec: EventSpec = {
          name: 'Test Event',
          startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
          currency: 'USD',
          ticketTypes: [
            { name: 'General', price: 5000, capacity: 100 },
            { name: 'VIP', price: 15000, capacity: 10 },
          ],
          venue: { name: 'Test Hall', country: 'US', region: 'CA', city: 'Los Angeles', postalCode: '90012' },
          ...overrides,
        };
        const response = await fetch(`${sandboxUrls.event}/sandbox/events`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ tenantId: id, ...spec }),
        });
        if (response.status !== 201) throw new Error(`sandbox event creation failed: ${response.status} ${await response.text()}`);
        return (await response.json()) as SandboxEvent;
      },
    };
  };

  return {
    app,
    baseUrl,
    config,
    infra,
    metrics,
    tenant,
    async request(injectOptions) {
      const response = await app.inject(injectOptions);
      conformance.check(String(injectOptions.method ?? 'GET'), injectOptions.url ?? '/', response);
      return response;
    },
    serviceToken: (caller, audience = 'order-service') =>
      createServiceTokenSigner(config.serviceJwtSecret, caller).tokenFor(audience),
    async close() {
      await app.close();
      await infra.bus.stopConsuming();
      await Promise.all(background.map((job) => job.stop()));
      await infra.close();
      await tracing?.shutdown();
    },
  };
}

/**
 * The service of one test file: started before the file's tests (beforeAll) and closed after them (afterAll).
 * The handle answers once the service runs, that is from the tests and the hooks registered after this call.
 * Options that depend on an earlier hook's work (a receiver's URL, a scratch database) are given as a function.
 */
export function useTestService(options: TestServiceOptions | (() => Promise<TestServiceOptions> | TestServiceOptions) = {}): TestService {
  let started: TestService | undefined;
  beforeAll(async () => {
    started = await startTestService(typeof options === 'function' ? await options() : options);
  });
  afterAll(async () => {
    await started?.close();
  });
  return new Proxy({} as TestService, {
    get(_target, property) {
      if (!started) throw new Error('the test service starts in beforeAll: use it from a test or a later hook');
      return Reflect.get(started, property);
    },
  });
}

/** Polls `probe` until it answers a value (not undefined) or the time runs out. */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
