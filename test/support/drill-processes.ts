/**
 * What the drills share: the service and the platform sandbox as child processes of their own (so a kill -9
 * of the service leaves the peers with whatever it did there), and small HTTP helpers for the sandbox controls.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
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
