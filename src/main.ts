/**
 * Process entry: config → infrastructure → app → listen → jobs; graceful shutdown on SIGTERM/SIGINT.
 * With no configuration it runs the embedded default: PGlite under DATA_DIR, in-memory cache, and the
 * platform sandbox beside the service, and prints everything needed to try the API.
 */
import { pino } from 'pino';
import { systemClock } from './clock.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { signUserToken } from './http/user-token.js';
import { buildAppOn, openInfrastructure, type Infrastructure } from './infrastructure.js';
import { startBackgroundJobs } from './jobs/background-jobs.js';
import { createMetrics } from './metrics.js';
import { saveSecrets, withSavedSecrets } from './embedded-secrets.js';
import { startTracing, traceLogFields } from './tracing.js';

const SHUTDOWN_DEADLINE_MS = 10_000;
const DEMO_TENANT = '00000000-0000-4000-8000-000000000001';

async function seedDemo(infra: Infrastructure): Promise<{ eventId: string; ticketTypes: { id: string; name: string; price: number }[] } | null> {
  if (!infra.sandbox) return null;
  const response = await fetch(`${infra.sandbox.urls.event}/sandbox/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      tenantId: DEMO_TENANT,
      name: 'Demo Night at the Sandbox Arena',
      startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      currency: 'USD',
      venue: { name: 'Sandbox Arena', country: 'US', region: 'CA', city: 'Los Angeles', postalCode: '90012' },
      ticketTypes: [
        { name: 'General Admission', price: 5000, capacity: 500 },
        { name: 'VIP', price: 15000, capacity: 50 },
      ],
    }),
  });
  if (!response.ok) return null;
  const event = (await response.json()) as { id: string; ticketTypes: { id: string; name: string; price: number }[] };
  return { eventId: event.id, ticketTypes: event.ticketTypes };
}

interface DeveloperTokens {
  customer: string;
  admin: string;
}

/**
 * The developer's tokens of the embedded mode (24 h, demo tenant): printed at start-up, and the admin one offered by
 * the admin console's sign-in page. Only with the sandbox (embedded mode) and a shared HS256 secret.
 */
async function developerTokens(config: Config, infra: Infrastructure): Promise<DeveloperTokens | null> {
  if (!infra.sandbox || config.jwt.algorithm !== 'HS256' || !config.jwt.secret) return null;
  const secret = config.jwt.secret;
  const sign = (sub: string, roles: ('customer' | 'admin' | 'support')[]) =>
    signUserToken(
      secret,
      { sub, tenantId: DEMO_TENANT, roles },
      { ttlSeconds: 86_400, ...(config.jwt.issuer ? { issuer: config.jwt.issuer } : {}), ...(config.jwt.audience ? { audience: config.jwt.audience } : {}) },
    );
  return { customer: await sign('demo-customer', ['customer']), admin: await sign('demo-admin', ['admin']) };
}

async function printWelcome(infra: Infrastructure, baseUrl: string, tokens: DeveloperTokens | null): Promise<void> {
  const lines = [`Order Service listening on ${baseUrl}  (OpenAPI: ${baseUrl}/docs, admin console: ${baseUrl}/admin, metrics: ${baseUrl}/metrics)`];
  if (infra.sandbox) {
    const { urls } = infra.sandbox;
    lines.push(`Platform sandbox: ticket ${urls.ticket}, payment ${urls.payment}, event ${urls.event}`);
    if (tokens) {
      lines.push(`Developer token (customer, tenant ${DEMO_TENANT}, 24 h):\n  export TOKEN=${tokens.customer}`);
      lines.push(`Admin token (the admin console offers it too):\n  export ADMIN_TOKEN=${tokens.admin}`);
    }
    const demo = await seedDemo(infra).catch(() => null);
    if (demo) {
      lines.push(`Demo event: export EVENT_ID=${demo.eventId}`);
      for (const type of demo.ticketTypes) lines.push(`  ticket type ${type.name} (${type.price} minor units): ${type.id}`);
    }
  }
  console.log(`\n${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  let config: Config;
  const embedded = !process.env.DATABASE_URL && process.env.NODE_ENV !== 'production';
  const dataDir = process.env.DATA_DIR?.trim() || './data';
  try {
    config = loadConfig(embedded ? await withSavedSecrets(process.env, dataDir) : process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  if (embedded && config.generatedSecrets.length > 0) {
    const generated = {
      JWT_SECRET: config.jwt.secret,
      SERVICE_JWT_SECRET: config.serviceJwtSecret,
      PAYMENT_WEBHOOK_SECRET: config.paymentWebhookSecret,
    };
    const kept = Object.fromEntries(Object.entries(generated).filter(([name]) => config.generatedSecrets.includes(name)));
    const path = await saveSecrets(config.dataDir, kept);
    console.log(`Generated ${config.generatedSecrets.join(', ')} for the embedded mode and saved them in ${path}`);
  }
  const logger = pino({ level: config.logLevel, redact: ['req.headers.authorization', 'headers.authorization'], mixin: traceLogFields });
  // Before the infrastructure: the database, peers and bus are wrapped with spans only when tracing is on.
  const tracing = startTracing({ config: config.tracing });
  if (tracing && config.tracing.tracesUrl) {
    logger.info({ otlp: new URL(config.tracing.tracesUrl).origin, protocol: config.tracing.protocol, sampler: config.tracing.sampler }, 'tracing: exporting spans over OTLP');
  }
  const metrics = createMetrics();
  const infra = await openInfrastructure(config, metrics, { log: logger });
  const tokens = await developerTokens(config, infra);
  const app = await buildAppOn(infra, config, {
    metrics,
    logger,
    // The console hands the admin token to whoever opens it: only in the embedded mode, a developer's own machine.
    adminConsole: embedded && tokens ? { developerToken: tokens.admin } : {},
    readinessChecks: [
      {
        name: 'peers',
        async check() {
          const states = infra.peers.breakerStates();
          if (Object.values(states).every((state) => state === 'open')) throw new Error('every peer breaker is open');
          return { breakers: states };
        },
      },
    ],
  });
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const baseUrl = `http://${config.host}:${port}`;
  infra.sandbox?.setOrderServiceUrl(baseUrl);

  const { outboxRelay, consumer } = app.services;
  await infra.bus.consume(consumer);
  const jobs = startBackgroundJobs(app.services, { metrics, log: app.log, clock: systemClock, refundRecoveryAfterSeconds: config.refundRecoveryAfterSeconds });

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    app.log.info({ signal }, 'shutting down');
    const deadline = setTimeout(() => {
      app.log.error('shutdown took longer than 10 s; exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    app.accepting = false;
    // Stop taking work, finish what is in flight, then publish what the finished work wrote.
    const steps: [string, () => Promise<unknown>][] = [
      ['http server closed (in-flight requests finished)', () => app.close()],
      ['consumer stopped', () => infra.bus.stopConsuming()],
      ['background jobs stopped', () => Promise.all(jobs.map((job) => job.stop()))],
      ['outbox flushed', () => outboxRelay.flush(Date.now() + 3000)],
      ['connections closed', () => infra.close()],
      ['spans exported', () => tracing?.shutdown() ?? Promise.resolve()],
    ];
    for (const [done, step] of steps) {
      await step();
      app.log.info(`shutdown: ${done}`);
    }
    clearTimeout(deadline);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  // After the handlers: a SIGTERM while the welcome is being prepared (an orchestrator stopping a pod that has
  // just become ready) still shuts down gracefully.
  await printWelcome(infra, baseUrl, tokens);
}

main().catch((error: unknown) => {
  console.error('Order Service failed to start:', error);
  process.exit(1);
});
