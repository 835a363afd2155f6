import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Type } from '@sinclair/typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UpstreamUnavailable } from '../../src/errors.js';
import { createServiceTokenSigner, verifyServiceToken } from '../../src/http/service-token.js';
import { createMetrics, type Metrics } from '../../src/metrics.js';
import { ServiceName } from '../../src/http/service-token.js';
import { PeerHttpError, createPeerHttp, type PeerHttpOptions } from '../../src/peers/resilient-http.js';

const SECRET = 'resilient-http-test-secret-0123456789';
const Greeting = Type.Object({ greeting: Type.String() });
const ctx = { tenantId: '6f1d3c2a-8e4b-4f7a-9c1d-2b3a4c5d6e7f', requestId: 'req-1' };

/** One answer of the scripted peer; when the script runs out, the peer answers 200 with a greeting. */
interface Step {
  status: number;
  body?: unknown;
  delayMs?: number;
}

/** A tiny real peer whose answers each test scripts, recording every request that reached it. */
interface ScriptedPeer {
  url: string;
  script: Step[];
  hits: { method: string; headers: Record<string, string | string[] | undefined>; body: unknown }[];
}

let server: FastifyInstance;
const peer: ScriptedPeer = { url: '', script: [], hits: [] };

beforeAll(async () => {
  server = Fastify({ forceCloseConnections: true });
  server.all('/*', async (request, reply) => {
    peer.hits.push({ method: request.method, headers: request.headers, body: request.body });
    const step = peer.script.shift() ?? { status: 200, body: { greeting: 'hello' } };
    if (step.delayMs) await sleep(step.delayMs);
    return reply.code(step.status).send(step.body);
  });
  peer.url = await server.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  peer.script = [];
  peer.hits = [];
});

function failing(times: number, status = 503): Step[] {
  return Array.from({ length: times }, () => ({ status, body: { code: 'DOWN' } }));
}

function httpFor(overrides: Partial<PeerHttpOptions> = {}) {
  return createPeerHttp({
    peer: 'ticket',
    audience: ServiceName.ticket,
    baseUrl: peer.url,
    timeoutMs: 1000,
    retry: { delaysMs: [5, 10, 20] },
    signer: createServiceTokenSigner(SECRET, ServiceName.order),
    ...overrides,
  });
}

type Http = ReturnType<typeof httpFor>;

function get(http: Http, idempotent = true) {
  return http.request({ method: 'GET', path: '/greeting', idempotent, ctx, schema: Greeting });
}

async function outcomeCount(metrics: Metrics, outcome: string): Promise<number> {
  const { values } = await metrics.peerCalls.get();
  return values.find((value) => value.labels.outcome === outcome && value.labels.peer === 'ticket')?.value ?? 0;
}

async function breakerGauge(metrics: Metrics): Promise<number | undefined> {
  return (await metrics.breakerState.get()).values.find((value) => value.labels.peer === 'ticket')?.value;
}

describe('peer HTTP calls', () => {
  it('sends a service token for the peer, the tenant, the request id and the idempotency key', async () => {
    const http = httpFor();
    await http.request({ method: 'POST', path: '/things', body: { a: 1 }, idempotent: true, idempotencyKey: 'key-1', ctx, schema: Type.Unknown() });
    const [hit] = peer.hits;
    const token = String(hit?.headers.authorization).replace(/^Bearer /, '');
    expect(await verifyServiceToken(token, SECRET, ServiceName.ticket)).toBe(ServiceName.order);
    expect(hit?.headers).toMatchObject({ 'x-tenant-id': ctx.tenantId, 'x-request-id': 'req-1', 'idempotency-key': 'key-1', 'content-type': 'application/json' });
    expect(hit?.body).toEqual({ a: 1 });
  });

  it('answers the validated 2xx body', async () => {
    expect(await get(httpFor())).toEqual({ greeting: 'hello' });
  });

  it('answers null on 404 when the caller accepts it', async () => {
    peer.script = [{ status: 404, body: { code: 'NOT_FOUND' } }];
    expect(await httpFor().request({ method: 'GET', path: '/x', idempotent: true, ctx, schema: Greeting, accept404: true })).toBeNull();
  });

  it('treats a 2xx body that breaks the contract as the peer being unavailable, without retrying', async () => {
    peer.script = [{ status: 200, body: { greeting: 42 } }];
    await expect(get(httpFor())).rejects.toBeInstanceOf(UpstreamUnavailable);
    expect(peer.hits).toHaveLength(1);
  });
});

describe('retries', () => {
  it('retries an idempotent call on 503 and answers once the peer recovers', async () => {
    peer.script = failing(2);
    expect(await get(httpFor())).toEqual({ greeting: 'hello' });
    expect(peer.hits).toHaveLength(3);
  });

  it('gives up after three tries with UpstreamUnavailable and Retry-After', async () => {
    peer.script = failing(5);
    const error = await get(httpFor()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamUnavailable);
    expect(error).toMatchObject({ status: 503, peer: 'ticket', headers: { 'retry-after': '5' } });
    expect(peer.hits).toHaveLength(3);
  });

  it('never retries a call that is not idempotent', async () => {
    peer.script = failing(2);
    await expect(get(httpFor(), false)).rejects.toBeInstanceOf(UpstreamUnavailable);
    expect(peer.hits).toHaveLength(1);
  });

  it('never retries a 4xx, and surfaces its status and code', async () => {
    peer.script = [{ status: 409, body: { code: 'SOLD_OUT', detail: 'none left' } }];
    const error = await get(httpFor()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PeerHttpError);
    expect(error).toMatchObject({ status: 409, code: 'SOLD_OUT', detail: 'none left' });
    expect(peer.hits).toHaveLength(1);
  });

  it('names a 4xx without a problem body by its status', async () => {
    peer.script = [{ status: 400, body: 'nope' }];
    await expect(get(httpFor())).rejects.toMatchObject({ status: 400, code: 'HTTP_400' });
  });

  it('waits between tries, with jitter of at most ±25 %', async () => {
    peer.script = failing(2);
    const started = performance.now();
    await get(httpFor({ retry: { delaysMs: [60, 60], jitter: 0.25 } }));
    expect(performance.now() - started).toBeGreaterThanOrEqual(2 * 60 * 0.75 - 5);
  });

  it('times out a slow attempt as UpstreamUnavailable, retrying it when idempotent', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    peer.script = [
      { status: 200, body: { greeting: 'late' }, delayMs: 300 },
      { status: 200, body: { greeting: 'late' }, delayMs: 300 },
    ];
    const error = await get(httpFor({ timeoutMs: 50, retry: { tries: 2, delaysMs: [1] }, metrics })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamUnavailable);
    expect((error as Error).message).toContain('did not answer within 50 ms');
    expect(peer.hits).toHaveLength(2);
    expect(await outcomeCount(metrics, 'timeout')).toBe(2);
  });

  it('maps an unreachable peer to UpstreamUnavailable', async () => {
    const error = await get(httpFor({ baseUrl: 'http://127.0.0.1:1' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamUnavailable);
    expect((error as Error).message).toContain('unreachable');
  });
});

describe('circuit breaker', () => {
  const breaker = { minCalls: 10, failureRatio: 0.5, openMs: 30_000, windowMs: 60_000 };

  function clock() {
    let nowMs = 1_000_000;
    return { now: () => nowMs, advance: (ms: number) => (nowMs += ms) };
  }

  async function failCalls(http: Http, count: number): Promise<void> {
    peer.script.push(...failing(count));
    for (let n = 0; n < count; n++) await get(http, false).catch(() => undefined);
  }

  it('opens at 50 % failures over 10 calls and then fails fast without touching the network', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    const time = clock();
    const http = httpFor({ breaker, now: time.now, metrics });
    for (let n = 0; n < 5; n++) await get(http, false);
    await failCalls(http, 4);
    expect(http.breakerState()).toBe('closed');
    await failCalls(http, 1);
    expect(http.breakerState()).toBe('open');
    expect(await breakerGauge(metrics)).toBe(2);

    const hitsWhenOpened = peer.hits.length;
    time.advance(10_000);
    const error = await get(http).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamUnavailable);
    expect(error).toMatchObject({ headers: { 'retry-after': '20' } });
    expect(peer.hits).toHaveLength(hitsWhenOpened);
    expect(await outcomeCount(metrics, 'rejected_open')).toBe(1);
    expect(await outcomeCount(metrics, 'error')).toBe(5);
    expect(await outcomeCount(metrics, 'ok')).toBe(5);
  });

  it('stays closed below the failure ratio or below the minimum of calls', async () => {
    const http = httpFor({ breaker, now: clock().now });
    await failCalls(http, 9);
    expect(http.breakerState()).toBe('closed');

    const mostlyHealthy = httpFor({ breaker, now: clock().now });
    for (let n = 0; n < 6; n++) await get(mostlyHealthy, false);
    await failCalls(mostlyHealthy, 4);
    expect(mostlyHealthy.breakerState()).toBe('closed');
  });

  it('forgets failures older than the window', async () => {
    const time = clock();
    const http = httpFor({ breaker, now: time.now });
    await failCalls(http, 6);
    time.advance(breaker.windowMs);
    await failCalls(http, 6);
    expect(http.breakerState()).toBe('closed');
  });

  it('does not count 4xx answers as failures', async () => {
    const http = httpFor({ breaker, now: clock().now });
    peer.script = failing(12, 409);
    for (let n = 0; n < 12; n++) await get(http, false).catch(() => undefined);
    expect(http.breakerState()).toBe('closed');
  });

  it('lets one trial through after openMs: success closes the breaker', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    const time = clock();
    const http = httpFor({ breaker, now: time.now, metrics });
    await failCalls(http, 10);
    expect(http.breakerState()).toBe('open');

    time.advance(breaker.openMs);
    expect(http.breakerState()).toBe('half_open');
    expect(await breakerGauge(metrics)).toBe(1);
    const hitsBefore = peer.hits.length;
    expect(await get(http)).toEqual({ greeting: 'hello' });
    expect(peer.hits).toHaveLength(hitsBefore + 1);
    expect(http.breakerState()).toBe('closed');
    expect(await breakerGauge(metrics)).toBe(0);
  });

  it('reopens when the trial fails, and fails fast again', async () => {
    const time = clock();
    const http = httpFor({ breaker, now: time.now });
    await failCalls(http, 10);
    time.advance(breaker.openMs);

    peer.script = failing(3);
    await expect(get(http)).rejects.toBeInstanceOf(UpstreamUnavailable);
    expect(http.breakerState()).toBe('open');
    // The trial was the only attempt: an open breaker stops the retries too.
    const hitsAfterTrial = peer.hits.length;
    await expect(get(http)).rejects.toBeInstanceOf(UpstreamUnavailable);
    expect(peer.hits).toHaveLength(hitsAfterTrial);
  });

  it('admits a single trial while half-open, rejecting concurrent calls', async () => {
    const time = clock();
    const http = httpFor({ breaker, now: time.now });
    await failCalls(http, 10);
    time.advance(breaker.openMs);
    const hitsBefore = peer.hits.length;

    peer.script = [{ status: 200, body: { greeting: 'slow trial' }, delayMs: 100 }];
    const [trial, concurrent] = await Promise.allSettled([get(http), get(http)]);
    expect(trial).toEqual({ status: 'fulfilled', value: { greeting: 'slow trial' } });
    expect(concurrent.status).toBe('rejected');
    expect(peer.hits).toHaveLength(hitsBefore + 1);
  });

  it('keeps one breaker per caller, so one failing peer does not block another', async () => {
    const failingPeer = httpFor({ breaker, now: clock().now });
    const healthyPeer = httpFor({ breaker, now: clock().now, peer: 'event', audience: ServiceName.event });
    await failCalls(failingPeer, 10);
    expect(failingPeer.breakerState()).toBe('open');
    expect(await healthyPeer.request({ method: 'GET', path: '/' + randomUUID(), idempotent: true, ctx, schema: Greeting })).toEqual({ greeting: 'hello' });
    expect(healthyPeer.breakerState()).toBe('closed');
  });
});
