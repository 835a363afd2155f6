/**
 * Opens the parts the service runs on, as the configuration selects them: PostgreSQL or embedded PGlite,
 * Redis or memory, real peers or the platform sandbox. One function so that the process entry and the
 * test harness assemble the service the same way.
 */
import { mkdir } from 'node:fs/promises';
import type { Config } from './config.js';
import { createPGliteDatabase, createPostgresDatabase, openPGlite, pgErrorCode, tracedDatabase, type Database } from './db/database.js';
import { tracingEnabled } from './tracing.js';
import { loadMigrations, migrate, MigrationsPending, pendingMigrations } from './db/migrate.js';
import { databaseLogin, DatabaseLoginTooPowerful, loginExcesses } from './db/database-login.js';
import { createMemoryStore, createRedisStore, type KeyValueStore } from './kv/key-value.js';
import type { Metrics } from './metrics.js';
import { cachedEventClient } from './peers/cached-event-client.js';
import { createPeers, type PeersWithHealth } from './peers/index.js';
import { SoldOutMemory, soldOutMemoryTicketClient } from './peers/sold-out-memory.js';
import { createServiceTokenSigner } from './http/service-token.js';
import { ServiceName } from './http/service-token.js';
import { startSandbox, type RunningSandbox, type SandboxMessage } from '../sandbox/index.js';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { AdminConsoleOptions } from './admin-console/index.js';
import { systemClock, type Clock } from './clock.js';
import { createUserTokenVerifier } from './http/auth.js';
import type { ReadinessCheck } from './health/routes.js';
import type { MessageBus } from './bus/message-bus.js';
import { createMemoryBus } from './bus/memory-bus.js';
import { createRabbitBus } from './bus/rabbitmq-bus.js';
import type { CloudEvent } from './bus/cloud-event.js';

export interface Infrastructure {
  db: Database;
  kv: KeyValueStore;
  bus: MessageBus;
  peers: PeersWithHealth;
  sandbox: RunningSandbox | null;
  close(): Promise<void>;
}

export interface InfrastructureOptions {
  /** In-memory PGlite instead of DATA_DIR (tests). */
  inMemoryDatabase?: boolean;
  /** Sandbox ports override (tests use 0). */
  sandboxPorts?: Config['sandboxPorts'];
  log: FastifyBaseLogger;
}

/** The sandbox peers publish their messages on the same bus the service consumes, as CloudEvents. */
function sandboxMessageToCloudEvent(message: SandboxMessage): CloudEvent<Record<string, unknown>> {
  return {
    specversion: '1.0',
    id: message.id,
    source: message.source,
    type: message.type,
    time: message.time,
    datacontenttype: 'application/json',
    tenantid: message.tenantId,
    data: message.data,
    ...(message.traceparent ? { traceparent: message.traceparent } : {}),
  };
}

export async function openDatabase(config: Config, options: Omit<InfrastructureOptions, 'log'>): Promise<Database> {
  if (config.databaseUrl) {
    return createPostgresDatabase({
      connectionString: config.databaseUrl,
      preparedStatements: config.databasePreparedStatements,
      maxConnections: config.databasePoolSize,
    });
  }
  if (options.inMemoryDatabase) return createPGliteDatabase(await openPGlite());
  await mkdir(config.dataDir, { recursive: true });
  return createPGliteDatabase(await openPGlite(config.dataDir));
}

/**
 * Applies pending migrations: as the owner from DATABASE_MIGRATION_URL when it is set, else with the service's
 * own connection (the embedded database, a developer's local superuser). A least-privileged login with
 * migrations pending and no owner to apply them stops the start with a clear message.
 */
export async function migrateFor(config: Config, db: Database): Promise<void> {
  if (config.databaseMigrationUrl) {
    const owner = createPostgresDatabase({ connectionString: config.databaseMigrationUrl, maxConnections: 1, applicationName: 'order-service-migrate' });
    try {
      await migrate(owner);
    } finally {
      await owner.close();
    }
    return;
  }
  const all = await loadMigrations();
  try {
    await migrate(db, all);
  } catch (error) {
    if (pgErrorCode(error) === '42501') throw new MigrationsPending((await pendingMigrations(db, all)).map((m) => m.version), error);
    throw error;
  }
}

/** In production the service refuses to run as a superuser, a BYPASSRLS role or the tables' owner; elsewhere it warns. */
export async function checkDatabaseLogin(config: Config, db: Database, log: FastifyBaseLogger): Promise<void> {
  if (db.kind !== 'postgres') return;
  const login = await databaseLogin(db);
  const excesses = loginExcesses(login);
  if (excesses.length === 0) return;
  if (config.env === 'production') throw new DatabaseLoginTooPowerful(login, excesses);
  log.warn({ role: login.role, excesses }, 'the database login is not least-privileged (refused in production; see docs/deploy.md)');
}

export async function openInfrastructure(config: Config, metrics: Metrics, options: InfrastructureOptions): Promise<Infrastructure> {
  const opened: { close(): Promise<void> }[] = [];
  try {
    const untraced = await openDatabase(config, options);
    opened.push(untraced);
    await migrateFor(config, untraced);
    await checkDatabaseLogin(config, untraced, options.log);
    const db = tracingEnabled() ? tracedDatabase(untraced) : untraced;
    const kv = config.redisUrl ? createRedisStore(config.redisUrl) : createMemoryStore();
    opened.push(kv);
    const bus = config.rabbitmqUrl ? createRabbitBus({ url: config.rabbitmqUrl, queueType: config.rabbitmqQueueType, log: options.log }) : createMemoryBus();
    opened.push(bus);

    let sandbox: RunningSandbox | null = null;
    const { ticketUrl, eventUrl, paymentUrl } = config.peers;
    if (!ticketUrl || !eventUrl || !paymentUrl) {
      sandbox = await startSandbox({
        host: '127.0.0.1',
        ports: options.sandboxPorts ?? config.sandboxPorts,
        serviceJwtSecret: config.serviceJwtSecret,
        paymentWebhookSecret: config.paymentWebhookSecret,
        publish: (message) => bus.publish([sandboxMessageToCloudEvent(message)]),
      });
      opened.push(sandbox);
    }
    const peers = createPeers({
      urls: {
        ticket: ticketUrl ?? sandbox?.urls.ticket ?? '',
        event: eventUrl ?? sandbox?.urls.event ?? '',
        payment: paymentUrl ?? sandbox?.urls.payment ?? '',
      },
      timeoutMs: config.peers.timeoutMs,
      breaker: { openMs: config.peers.breakerOpenMs },
      signer: createServiceTokenSigner(config.serviceJwtSecret, ServiceName.order),
      metrics,
    });
    return {
      db,
      kv,
      bus,
      peers: {
        ...peers,
        events: cachedEventClient(peers.events, kv),
        tickets: soldOutMemoryTicketClient(peers.tickets, new SoldOutMemory(config.checkout.soldOutMemorySeconds * 1000)),
      },
      sandbox,
      async close() {
        for (const part of [...opened].reverse()) await part.close().catch(() => undefined);
      },
    };
  } catch (error) {
    for (const part of opened.reverse()) await part.close().catch(() => undefined);
    throw error;
  }
}

/** The app on opened infrastructure: the one way the process entry, the tests and the bench assemble it. */
export async function buildAppOn(
  infra: Infrastructure,
  config: Config,
  options: { metrics: Metrics; logger: FastifyBaseLogger; clock?: Clock; readinessChecks?: ReadinessCheck[]; adminConsole?: AdminConsoleOptions },
): Promise<FastifyInstance> {
  return buildApp({
    config,
    db: infra.db,
    kv: infra.kv,
    bus: infra.bus,
    peers: infra.peers,
    clock: options.clock ?? systemClock,
    metrics: options.metrics,
    users: await createUserTokenVerifier(config.jwt),
    logger: options.logger,
    readinessChecks: options.readinessChecks ?? [],
    ...(options.adminConsole ? { adminConsole: options.adminConsole } : {}),
  });
}
