/**
 * Fixtures of the outbound webhook tests: a local receiver that records what it gets and answers as told,
 * endpoint creation over HTTP, the delivery job started beside a test service, and a clock tests move.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Clock } from '../../src/clock.js';
import { startBackgroundJobs } from '../../src/jobs/background-jobs.js';
import type { RunningJob } from '../../src/jobs/job-runner.js';
import { eventually, useTestService, type TestService, type TestServiceOptions } from './harness.js';
import { bearer, createScratchDatabase, type ScratchDatabase } from './orders.js';
import { serviceTargets } from './services.js';

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
  path: string;
  receivedAt: number;
}

/** How the receiver answers a request: a status, after an optional delay (a delay of Infinity never answers). */
export type ReceiverAnswer = { status: number; delayMs?: number };

export interface Receiver {
  url: string;
  received: ReceivedWebhook[];
  /** Sets how the next requests (to `path`, or to any path) are answered; default 200 at once. */
  answer(answer: ReceiverAnswer | ((request: ReceivedWebhook) => ReceiverAnswer)): void;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const received: ReceivedWebhook[] = [];
  let answerOf: (request: ReceivedWebhook) => ReceiverAnswer = () => ({ status: 200 });
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const entry: ReceivedWebhook = { headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), path: request.url ?? '/', receivedAt: Date.now() };
      received.push(entry);
      const { status, delayMs = 0 } = answerOf(entry);
      if (delayMs === Number.POSITIVE_INFINITY) return;
      setTimeout(() => response.writeHead(status).end(), delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    answer(answer) {
      answerOf = typeof answer === 'function' ? answer : () => answer;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A clock that stands still until moved (tests of the retry schedule). */
export class MovableClock implements Clock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  advance(seconds: number): void {
    this.offsetMs += seconds * 1000;
  }
}

/** Starts the webhook-delivery job of the service; stop it before the service closes. */
export function startDeliveries(svc: TestService): RunningJob[] {
  return startBackgroundJobs(
    svc.app.services,
    { metrics: svc.metrics, log: svc.app.log, clock: { now: () => new Date() }, refundRecoveryAfterSeconds: svc.config.refundRecoveryAfterSeconds },
    ['webhook-delivery'],
  );
}

/**
 * The service of a webhook test file, with the webhook-delivery job running, on a database of its own where
 * there is one: the job claims due deliveries of every tenant, so a file whose settings differ (strict
 * addresses, a short timeout) must neither send another file's deliveries nor have its own sent by another.
 */
export function useWebhookTestService(options: TestServiceOptions): TestService {
  let scratch: ScratchDatabase | null = null;
  let jobs: RunningJob[] = [];
  // Registered first, so it runs last: after the service closed.
  afterAll(async () => {
    await scratch?.drop();
  });
  const svc = useTestService(async () => {
    const shared = (await serviceTargets()).databaseUrl;
    scratch = shared ? await createScratchDatabase(shared) : null;
    return { ...options, env: { ...options.env, ...(scratch && shared ? scratchLogins(shared, scratch.url) : {}) } };
  });
  beforeAll(() => {
    jobs = startDeliveries(svc);
  });
  // Runs before the service closes.
  afterAll(async () => {
    await Promise.all(jobs.map((job) => job.stop()));
  });
  return svc;
}

/**
 * The scratch database as the tests use the shared one: when they run as the least-privileged login (with
 * DATABASE_MIGRATION_URL), the service logs in as that login and migrates as the owner.
 */
function scratchLogins(sharedUrl: string, scratchUrl: string): Record<string, string> {
  if (!process.env.DATABASE_MIGRATION_URL) return { DATABASE_URL: scratchUrl };
  const login = new URL(scratchUrl);
  const shared = new URL(sharedUrl);
  login.username = shared.username;
  login.password = shared.password;
  return { DATABASE_URL: login.toString(), DATABASE_MIGRATION_URL: scratchUrl };
}

export interface CreatedEndpoint {
  id: string;
  url: string;
  events: string[];
  enabled: boolean;
  secret: string;
}

export async function createEndpoint(svc: TestService, adminToken: string, body: { url: string; events?: string[]; description?: string; enabled?: boolean }): Promise<CreatedEndpoint> {
  const response = await svc.request({ method: 'POST', url: '/api/v1/webhook-endpoints', headers: bearer(adminToken), payload: { events: ['*'], ...body } });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<CreatedEndpoint>();
}

export interface DeliveryBody {
  id: string;
  endpointId: string;
  messageId: string;
  type: string;
  status: 'PENDING' | 'SUCCEEDED' | 'FAILED';
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  attempts: { attempt: number; startedAt: string; durationMs: number; statusCode: number | null; outcome: string; error: string | null }[];
}

export async function deliveriesOf(svc: TestService, adminToken: string, endpointId: string): Promise<DeliveryBody[]> {
  const response = await svc.request({ method: 'GET', url: `/api/v1/webhook-endpoints/${endpointId}/deliveries?limit=100`, headers: bearer(adminToken) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ data: DeliveryBody[] }>().data;
}

/** Waits until the endpoint's log holds a delivery that `matches`. */
export function deliveryWhere(svc: TestService, adminToken: string, endpointId: string, matches: (delivery: DeliveryBody) => boolean, timeoutMs = 15_000): Promise<DeliveryBody> {
  return eventually(async () => (await deliveriesOf(svc, adminToken, endpointId)).find(matches), timeoutMs);
}

/** Waits until the receiver got `count` requests. */
export function receivedAtLeast(receiver: Receiver, count: number, timeoutMs = 15_000): Promise<ReceivedWebhook[]> {
  return eventually(async () => (receiver.received.length >= count ? receiver.received : undefined), timeoutMs);
}
