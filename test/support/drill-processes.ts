/**
 * What the drills share: the service and the platform sandbox as child processes of their own (so a kill -9
 * of the service leaves the peers with whatever it did there), and small HTTP helpers for the sandbox controls.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually, TEST_SECRETS } from './harness.js';

export interface Started {
  child: ChildProcess;
  output: () => string;
}

export function startProcess(script: string, env: Record<string, string>): Started {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

export interface SandboxUrls {
  ticket: string;
  payment: string;
  event: string;
}

/** The sandbox peers in a process of their own; `orderServiceUrl` is where payments and disputes are reported. */
export async function startSandbox(options: { orderServiceUrl?: string } = {}): Promise<{ started: Started; urls: SandboxUrls }> {
  const started = startProcess('sandbox/main.ts', {
    SERVICE_JWT_SECRET: TEST_SECRETS.SERVICE_JWT_SECRET,
    PAYMENT_WEBHOOK_SECRET: TEST_SECRETS.PAYMENT_WEBHOOK_SECRET,
    SANDBOX_TICKET_PORT: '0',
    SANDBOX_PAYMENT_PORT: '0',
    SANDBOX_EVENT_PORT: '0',
    LOG_LEVEL: 'warn',
    ...(options.orderServiceUrl ? { ORDER_SERVICE_URL: options.orderServiceUrl } : {}),
  });
  const urls = await eventually(async () => {
    const text = started.output();
    const found = (name: string) => new RegExp(`${name} sandbox:\\s+(http://\\S+)`).exec(text)?.[1];
    const [ticket, payment, event] = [found('Ticket'), found('Payment'), found('Event')];
    return ticket && payment && event ? { ticket, payment, event } : undefined;
  }, 90_000, 100);
  return { started, urls };
}

/** Starts `src/main.ts` with `env` and waits until it listens (a loaded machine may take a while); answers its base URL. */
export async function startService(env: Record<string, string>): Promise<Started & { url: string }> {
  const started = startProcess('src/main.ts', env);
  const url = await eventually(async () => /Order Service listening on (http:\/\/[\d.:]+)/.exec(started.output())?.[1], 90_000, 100);
  return { ...started, url };
}

/** Kills with SIGKILL and waits for the exit. */
export async function killHard(started: Started): Promise<void> {
  if (started.child.exitCode !== null) return;
  const exited = new Promise((resolve) => started.child.once('exit', resolve));
  started.child.kill('SIGKILL');
  await exited;
}

/** A port free now on the loopback (for a service that must come back on the same address). */
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

export async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

export const post = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** What a drill started — child processes and connections — stopped together in afterAll: connections first. */
export class DrillStack {
  private readonly processes: Started[] = [];
  private readonly closers: (() => Promise<unknown>)[] = [];

  track<T extends Started>(started: T): T {
    this.processes.push(started);
    return started;
  }

  onStop(close: () => Promise<unknown>): void {
    this.closers.push(close);
  }

  async stop(): Promise<void> {
    for (const close of this.closers.reverse()) await close().catch(() => undefined);
    for (const started of this.processes) started.child.kill('SIGKILL');
  }
}

export interface DrillService {
  sandbox: SandboxUrls;
  /** The service's environment: start it again with the same one to restart it on the same address. */
  env: Record<string, string>;
  service: Started & { url: string };
}

/**
 * The sandbox in a process of its own and the service (`src/main.ts`) on a port of its own, with the test
 * secrets, a fresh data directory, the given database and Redis, and the drill's own settings on top.
 */
export async function startDrillService(
  stack: DrillStack,
  targets: { databaseUrl?: string | undefined; redisUrl?: string | undefined },
  settings: Record<string, string>,
): Promise<DrillService> {
  if (!targets.databaseUrl) throw new Error('a drill needs a PostgreSQL database');
  const port = await freePort();
  const sandbox = await startSandbox({ orderServiceUrl: `http://127.0.0.1:${port}` });
  stack.track(sandbox.started);
  const env = {
    ...TEST_SECRETS,
    NODE_ENV: 'test',
    PORT: String(port),
    DATA_DIR: await mkdtemp(join(tmpdir(), 'order-service-drill-')),
    DATABASE_URL: targets.databaseUrl,
    ...(targets.redisUrl ? { REDIS_URL: targets.redisUrl } : {}),
    TICKET_SERVICE_URL: sandbox.urls.ticket,
    EVENT_SERVICE_URL: sandbox.urls.event,
    PAYMENT_SERVICE_URL: sandbox.urls.payment,
    LOG_LEVEL: 'error',
    ...settings,
  };
  const service = stack.track(await startService(env));
  return { sandbox: sandbox.urls, env, service };
}
