/**
 * The service under load: the platform sandbox in its own process (the peers are other services in
 * production, and must not share the service's event loop), and the Order Service in this process, built
 * like src/main.ts does it (buildApp over openInfrastructure, outbox relay running) with LOG_LEVEL silent;
 * for the two-instance load, a second instance built the same way in a process of its own.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../../src/config.js';
import { createServiceTokenSigner } from '../../src/http/service-token.js';
import { buildAppOn, openInfrastructure, type Infrastructure } from '../../src/infrastructure.js';
import { startBackgroundJobs } from '../../src/jobs/background-jobs.js';
import { systemClock } from '../../src/clock.js';
import { createMetrics } from '../../src/metrics.js';
import type { SandboxEvent } from '../../src/peers/contract.js';
import { startTracing, traceLogFields } from '../../src/tracing.js';
import { startOtlpSink, type OtlpSink } from './otlp-sink.js';

/** `BENCH_TRACING=1`: the service runs with tracing on, exporting every span to a local sink (lib/otlp-sink.ts). */
export const BENCH_TRACING = process.env.BENCH_TRACING === '1';

export const BENCH_SECRETS = {
  JWT_SECRET: 'bench-jwt-secret-0123456789abcdef0123456789',
  SERVICE_JWT_SECRET: 'bench-service-secret-0123456789abcdef01234',
  PAYMENT_WEBHOOK_SECRET: 'bench-webhook-secret-0123456789',
} as const;

export interface Targets {
  databaseUrl: string;
  redisUrl: string;
  rabbitmqUrl: string;
  /** The owner's login on the same database: migrations and the bench's own bulk work (see lib/targets.ts). */
  ownerDatabaseUrl: string;
  /** True when databaseUrl is the bench's own database (see lib/targets.ts). */
  dedicatedDatabase?: boolean;
}

export interface SandboxUrls {
  ticket: string;
  payment: string;
  event: string;
}

export interface BenchService {
  app: FastifyInstance;
  baseUrl: string;
  config: Config;
  /** The owner's login on the bench database (bulk inserts and checks that see every tenant's rows). */
  ownerDatabaseUrl: string;
  infra: Infrastructure;
  /** What the instance was configured with: a second instance gets the same, but for PORT (lib/two-instances.ts). */
  instanceEnv: InstanceEnv;
  sandbox: SandboxUrls;
  /** The sandbox process, to account for its CPU. */
  sandboxPid: number | undefined;
  tenantId: string;
  /** A service token as `caller` for `audience` (peers or this service). */
  serviceToken(caller: string, audience: string): Promise<string>;
  createEvent(capacity: number): Promise<SandboxEvent>;
  /** With BENCH_TRACING=1: what the OTLP sink received so far. */
  tracingExports(): { exports: number; bytes: number } | null;
  close(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** SIGTERM, and SIGKILL if the process has not exited 5 s later. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/** Starts `tsx sandbox/main.ts` on free ports; answers its URLs once it listens. */
export async function startSandboxProcess(orderServiceUrl: string): Promise<{ child: ChildProcess; urls: SandboxUrls }> {
  // BENCH_SANDBOX_PROFILE=<dir> writes a CPU profile of the sandbox process there when it exits.
  const profileDir = process.env.BENCH_SANDBOX_PROFILE;
  const child = spawn(process.execPath, [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), '--import', 'tsx', 'sandbox/main.ts'], {
    env: {
      ...process.env,
      SERVICE_JWT_SECRET: BENCH_SECRETS.SERVICE_JWT_SECRET,
      PAYMENT_WEBHOOK_SECRET: BENCH_SECRETS.PAYMENT_WEBHOOK_SECRET,
      SANDBOX_TICKET_PORT: '0',
      SANDBOX_PAYMENT_PORT: '0',
      SANDBOX_EVENT_PORT: '0',
      ORDER_SERVICE_URL: orderServiceUrl,
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const urls = await new Promise<SandboxUrls>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the sandbox did not start within 120 s:\n${output}`)), 120_000);
    child.once('exit', (code) => reject(new Error(`the sandbox exited with code ${code}:\n${output}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = (name: string) => new RegExp(`${name} sandbox:\\s+(http://\\S+)`).exec(output)?.[1];
      const [ticket, payment, event] = [found('Ticket'), found('Payment'), found('Event')];
      if (ticket && payment && event) {
        clearTimeout(timer);
        resolve({ ticket, payment, event });
      }
    });
  });
  child.removeAllListeners('exit');
  // Should the bench itself die (an uncaught error), the sandbox goes with it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.removeListener('exit', killOnExit));
  return { child, urls };
}

/** A further instance of the service in a process of its own (bench/service-instance.ts). */
export interface InstanceProcess {
  baseUrl: string;
  /** To account for its CPU. */
  pid: number;
  /** SIGTERM (the instance closes its server, relay and connections), SIGKILL if it has not exited 5 s later. */
  stop(): Promise<void>;
}

const INSTANCE_ENTRY = fileURLToPath(new URL('../service-instance.ts', import.meta.url));

/** Forks bench/service-instance.ts configured with `env` (PORT 0: a free port); answers once it listens. */
export async function startInstanceProcess(env: InstanceEnv): Promise<InstanceProcess> {
  const child = fork(INSTANCE_ENTRY, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  // Should the bench itself die (an uncaught error), the instance goes with it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.removeListener('exit', killOnExit));
  try {
    const baseUrl = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the second service instance did not start within 120 s')), 120_000);
      child.once('message', (message: { ok: true; baseUrl: string } | { ok: false; error: string }) => {
        clearTimeout(timer);
        if (message.ok) resolve(message.baseUrl);
        else reject(new Error(`the second service instance failed to start: ${message.error}`));
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the second service instance exited with code ${code} before it listened`));
      });
      child.once('error', reject);
      child.send({ ...env, PORT: '0' });
    });
    if (child.pid === undefined) throw new Error('the second service instance has no process id');
    return { baseUrl, pid: child.pid, stop: () => stopChild(child) };
  } catch (error) {
    await stopChild(child);
    throw error;
  }
}

/** The application_name of the bench's connections, so their PostgreSQL backends can be told from others'. */
export const BENCH_APPLICATION_NAME = 'order-service-bench';

export function withApplicationName(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.set('application_name', BENCH_APPLICATION_NAME);
  return url.toString();
}

/**
 * Settings of the service that a bench run may be asked to try (e.g. `ADMISSION_MAX_IN_FLIGHT=16 npm run bench`);
 * otherwise the service runs with its defaults. DATABASE_PREPARED_STATEMENTS=false benches the service as it
 * runs behind PgBouncer < 1.21.
 */
const SERVICE_TUNABLES = ['DATABASE_PREPARED_STATEMENTS', 'DATABASE_POOL_SIZE', 'ADMISSION_MAX_IN_FLIGHT', 'ADMISSION_RETRY_AFTER_SECONDS', 'SOLD_OUT_MEMORY_SECONDS'];

function tunablesFromEnvironment(): Record<string, string> {
  return Object.fromEntries(SERVICE_TUNABLES.flatMap((name) => (process.env[name] ? [[name, process.env[name]]] : [])));
}

export async function startBenchService(targets: Targets, env: Record<string, string> = {}): Promise<BenchService> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const sandbox = await startSandboxProcess(baseUrl);
  try {
    return await startInProcess(targets, env, port, baseUrl, sandbox);
  } catch (error) {
    await stopChild(sandbox.child);
    throw error;
  }
}

/** The environment an instance of the service under load is configured with (nothing else is read). */
export type InstanceEnv = Record<string, string>;

/**
 * One instance of the service as the bench runs it, built like src/main.ts does it (buildApp over
 * openInfrastructure, outbox relay running), from `env` alone. The bench runs one in its own process and,
 * for the two-instance load, another in a child process (bench/service-instance.ts) from the same `env` but
 * for the port.
 */
export interface ServiceInstance {
  app: FastifyInstance;
  config: Config;
  infra: Infrastructure;
  close(): Promise<void>;
}

export async function startServiceInstance(env: InstanceEnv): Promise<ServiceInstance> {
  const config = loadConfig(env);
  const metrics = createMetrics();
  const log = pino({ level: 'silent', mixin: traceLogFields });
  // As src/main.ts: before the infrastructure, whose parts are wrapped with spans only when tracing is on.
  const tracing = startTracing({ config: config.tracing });
  const infra = await openInfrastructure(config, metrics, { log });
  const app = await buildAppOn(infra, config, { metrics, logger: log });
  await app.listen({ host: config.host, port: config.port });
  // The relay publishes what checkouts write, as in production; the consumer is left off so that the bench
  // never takes messages meant for other processes sharing the broker, and the other jobs are off so that an
  // instance never works on rows of other users of a shared database (BENCH_SAME_DATABASE=1).
  const jobs = startBackgroundJobs(app.services, { metrics, log: app.log, clock: systemClock, refundRecoveryAfterSeconds: config.refundRecoveryAfterSeconds }, ['outbox-relay']);
  return {
    app,
    config,
    infra,
    async close() {
      await Promise.allSettled([app.close(), ...jobs.map((job) => job.stop())]);
      await infra.close().catch(() => undefined);
      await tracing?.shutdown();
    },
  };
}

async function startInProcess(
  targets: Targets,
  env: Record<string, string>,
  port: number,
  baseUrl: string,
  sandbox: { child: ChildProcess; urls: SandboxUrls },
): Promise<BenchService> {
  const sink: OtlpSink | null = BENCH_TRACING ? await startOtlpSink() : null;
  const instanceEnv: InstanceEnv = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    ...BENCH_SECRETS,
    // pg lets a connection string's parameters override the pool's own application_name.
    DATABASE_URL: withApplicationName(targets.databaseUrl),
    DATABASE_MIGRATION_URL: targets.ownerDatabaseUrl,
    REDIS_URL: targets.redisUrl,
    RABBITMQ_URL: targets.rabbitmqUrl,
    ...tunablesFromEnvironment(),
    TICKET_SERVICE_URL: sandbox.urls.ticket,
    EVENT_SERVICE_URL: sandbox.urls.event,
    PAYMENT_SERVICE_URL: sandbox.urls.payment,
    HOST: '127.0.0.1',
    PORT: String(port),
    ...(sink ? { OTEL_EXPORTER_OTLP_ENDPOINT: sink.url } : {}),
    ...env,
  };
  let instance: ServiceInstance;
  try {
    instance = await startServiceInstance(instanceEnv);
  } catch (error) {
    await sink?.close();
    throw error;
  }
  const { app, config, infra } = instance;
  const tenantId = randomUUID();

  return {
    app,
    baseUrl,
    config,
    ownerDatabaseUrl: targets.ownerDatabaseUrl,
    infra,
    instanceEnv,
    sandbox: sandbox.urls,
    sandboxPid: sandbox.child.pid,
    tenantId,
    serviceToken: (caller, audience) => createServiceTokenSigner(config.serviceJwtSecret, caller).tokenFor(audience),
    async createEvent(capacity) {
      const response = await fetch(`${sandbox.urls.event}/sandbox/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          tenantId,
          name: 'Bench Night',
          startsAt: new Date(Date.now() + 60 * 86_400_000).toISOString(),
          currency: 'USD',
          venue: { name: 'Bench Arena', country: 'US', region: 'CA', city: 'Los Angeles', postalCode: '90012' },
          ticketTypes: [{ name: 'General', price: 5000, capacity }],
        }),
      });
      if (response.status !== 201) throw new Error(`sandbox event creation failed: ${response.status} ${await response.text()}`);
      return (await response.json()) as SandboxEvent;
    },
    tracingExports: () => sink?.received() ?? null,
    async close() {
      // The sandbox goes whatever else fails on the way out: it must never outlive the bench.
      await instance.close().catch(() => undefined);
      await sink?.close();
      await stopChild(sandbox.child);
    },
  };
}
