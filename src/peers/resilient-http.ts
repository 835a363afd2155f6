/**
 * The one HTTP caller every peer client goes through (SPEC §1, §11): service-token auth, a timeout per
 * attempt, retries with backoff and jitter for idempotent calls, and a circuit breaker per peer.
 * Clients only say what to call and how to read the answer; failure handling lives here once.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Static, TSchema } from '@sinclair/typebox';
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';
import { UpstreamUnavailable } from '../errors.js';
import type { ServiceTokenSigner } from '../http/service-token.js';
import type { Metrics } from '../metrics.js';
import { PeerProblem, type PeerCallContext } from './contract.js';
import { injectTraceHeaders, inSpan, SpanKind, tracingEnabled, type Span } from '../tracing.js';
import type { ServiceName } from '../http/service-token.js';

export type BreakerState = 'closed' | 'half_open' | 'open';

export interface RetryPolicy {
  /** Attempts in total, the first one included. */
  tries: number;
  /** Wait before the 2nd, 3rd, ... attempt; the last value repeats when there are more tries than delays. */
  delaysMs: number[];
  /** Relative spread of each wait (0.25 = ±25 %), so that many callers do not retry in lockstep. */
  jitter: number;
}

export interface BreakerPolicy {
  /** Fewest calls in the window before the failure ratio is trusted. */
  minCalls: number;
  failureRatio: number;
  /** How long the breaker stays open before it lets one trial call through. */
  openMs: number;
  /** The rolling window outcomes are counted over. */
  windowMs: number;
}

export const DEFAULT_TIMEOUT_MS = 5000;
export const DEFAULT_RETRY: RetryPolicy = { tries: 3, delaysMs: [100, 200, 400], jitter: 0.25 };
export const DEFAULT_BREAKER: BreakerPolicy = { minCalls: 10, failureRatio: 0.5, openMs: 30_000, windowMs: 60_000 };
/** Retry-After we suggest when a peer failed but its breaker is still closed. */
const DEFAULT_RETRY_AFTER_SECONDS = 5;

export interface PeerHttpOptions {
  /** Short peer name used in metrics labels and error details, e.g. 'ticket'. */
  peer: string;
  /** The peer's service name: the `aud` of our service token. */
  audience: ServiceName;
  baseUrl: string;
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  breaker?: Partial<BreakerPolicy>;
  signer: ServiceTokenSigner;
  metrics?: Pick<Metrics, 'peerCalls' | 'breakerState'>;
  /** Milliseconds since the epoch; injectable so breaker timing can be tested without waiting. */
  now?: () => number;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface PeerRequest<S extends TSchema> {
  method: HttpMethod;
  /** Path below baseUrl, starting with '/'; callers encode path parameters. */
  path: string;
  body?: unknown;
  /** Only idempotent calls are retried: repeating anything else could do the work twice. */
  idempotent: boolean;
  idempotencyKey?: string;
  ctx: PeerCallContext;
  /** Schema of the 2xx body; a body that does not match is treated as the peer being broken. */
  schema: S;
  /** Answer null on 404 instead of throwing PeerHttpError. */
  accept404?: boolean;
}

export interface PeerHttp {
  request<S extends TSchema>(options: PeerRequest<S> & { accept404: true }): Promise<Static<S> | null>;
  request<S extends TSchema>(options: PeerRequest<S>): Promise<Static<S>>;
  breakerState(): BreakerState;
}

/**
 * The peer understood the call and refused it (4xx). Not a sign of an unhealthy peer, so it never counts
 * against the breaker; clients turn the codes they expect (SOLD_OUT, RESERVATION_GONE, ...) into our errors.
 */
export class PeerHttpError extends Error {
  constructor(
    readonly peer: string,
    readonly status: number,
    /** The peer's `code` from its problem body, or `HTTP_<status>` when it sent none. */
    readonly code: string,
    readonly detail: string,
  ) {
    super(`${peer} service answered ${status} ${code}: ${detail}`);
    this.name = 'PeerHttpError';
  }
}

const BREAKER_GAUGE_VALUE: Record<BreakerState, number> = { closed: 0, half_open: 1, open: 2 };

type Admission = { admitted: true; trial: boolean } | { admitted: false; retryAfterMs: number };

/**
 * Counts attempt outcomes in a rolling window. Closed → open when enough calls failed; open → half-open
 * once openMs passed, letting exactly one trial through; the trial's outcome closes or reopens it.
 */
class CircuitBreaker {
  private state: BreakerState = 'closed';
  /**
   * Outcomes in the window, oldest first, from index `head` on; failures counted as they come and go. Each
   * call costs O(1) amortized: the window of a busy peer holds tens of thousands of calls, and filtering it
   * on every call made the breaker the most expensive part of a peer call (docs/benchmarks.md).
   */
  private outcomes: { at: number; failed: boolean }[] = [];
  private head = 0;
  private failures = 0;
  private openedAt = 0;
  private trialInFlight = false;

  constructor(
    private readonly policy: BreakerPolicy,
    private readonly now: () => number,
    private readonly onStateChange: (state: BreakerState) => void,
  ) {}

  current(): BreakerState {
    if (this.state === 'open' && this.now() - this.openedAt >= this.policy.openMs) this.moveTo('half_open');
    return this.state;
  }

  admit(): Admission {
    const state = this.current();
    if (state === 'closed') return { admitted: true, trial: false };
    if (state === 'half_open' && !this.trialInFlight) {
      this.trialInFlight = true;
      return { admitted: true, trial: true };
    }
    // Open, or half-open with the trial still running: the trial decides soon, so suggest a short wait.
    const remainingOpenMs = state === 'open' ? this.openedAt + this.policy.openMs - this.now() : 1000;
    return { admitted: false, retryAfterMs: Math.max(remainingOpenMs, 1000) };
  }

  record(failed: boolean, trial: boolean): void {
    if (trial) {
      this.trialInFlight = false;
      if (failed) this.open();
      else this.close();
      return;
    }
    // A call admitted before the breaker opened may finish afterwards; only the trial may change an open breaker.
    if (this.state !== 'closed') return;
    const at = this.now();
    this.outcomes.push({ at, failed });
    if (failed) this.failures += 1;
    while (this.head < this.outcomes.length && at - (this.outcomes[this.head]?.at ?? at) >= this.policy.windowMs) {
      if (this.outcomes[this.head]?.failed) this.failures -= 1;
      this.head += 1;
    }
    // Drop the expired prefix now and then, so the array does not grow with every call ever made.
    if (this.head > 1024 && this.head * 2 > this.outcomes.length) {
      this.outcomes = this.outcomes.slice(this.head);
      this.head = 0;
    }
    const calls = this.outcomes.length - this.head;
    if (calls >= this.policy.minCalls && this.failures / calls >= this.policy.failureRatio) this.open();
  }

  private open(): void {
    this.openedAt = this.now();
    this.moveTo('open');
  }

  private close(): void {
    this.outcomes = [];
    this.head = 0;
    this.failures = 0;
    this.moveTo('closed');
  }

  private moveTo(state: BreakerState): void {
    if (this.state === state) return;
    this.state = state;
    this.onStateChange(state);
  }
}

/** What one attempt came to, before we decide whether to retry. */
type AttemptResult<T> =
  | { kind: 'ok'; body: T }
  | { kind: 'refused'; status: number; body: unknown }
  | { kind: 'failed'; outcome: 'error' | 'timeout'; retryable: boolean; detail: string; answered: boolean };

const compiledSchemas = new WeakMap<TSchema, TypeCheck<TSchema>>();

function compiled<S extends TSchema>(schema: S): TypeCheck<S> {
  let check = compiledSchemas.get(schema);
  if (!check) {
    check = TypeCompiler.Compile(schema);
    compiledSchemas.set(schema, check);
  }
  // The cache is keyed by the schema object itself, so the entry was compiled from this very S.
  return check as TypeCheck<S>;
}

const peerProblemCheck = TypeCompiler.Compile(PeerProblem);

function withJitter(delayMs: number, jitter: number): number {
  return Math.max(0, Math.round(delayMs * (1 + jitter * (Math.random() * 2 - 1))));
}

/** One HTTP exchange as the peers need it: method, headers and a JSON body out; status and text back. */
interface OutgoingCall {
  method: HttpMethod;
  headers: Record<string, string>;
  body: string | undefined;
}

class PeerCallTimeout extends Error {
  override readonly name = 'TimeoutError';
}

/** Where a call goes, as node:http takes it; worked out once per peer, not parsed from a URL on every call. */
interface CallTarget {
  https: boolean;
  hostname: string;
  port: string;
  /** The peer's base path plus the call's path. */
  path: string;
}

/**
 * node:http with a keep-alive agent per peer rather than fetch: on the checkout path every order makes three
 * peer calls, and fetch (undici's WHATWG layer, streams and an AbortSignal per call) cost several times the
 * CPU of a plain http.request per call (see docs/benchmarks.md). The timeout covers the whole exchange,
 * answer body included, like fetch with AbortSignal.timeout did. Redirects are not followed.
 */
function exchange(target: CallTarget, call: OutgoingCall, agent: http.Agent, timeoutMs: number): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const transport = target.https ? https : http;
    let settled = false;
    // Only called from events, which come after `timer` below is set.
    const finish = (outcome: { error: Error } | { status: number; text: string }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if ('error' in outcome) reject(outcome.error);
      else resolve(outcome);
    };
    const headers: Record<string, string | number> = { ...call.headers };
    if (call.body !== undefined) headers['content-length'] = Buffer.byteLength(call.body);
    const { hostname, port, path } = target;
    const request = transport.request({ hostname, port, path, method: call.method, headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => finish({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', (error) => finish({ error }));
      response.on('close', () => {
        if (!response.complete) finish({ error: new Error('the connection closed before the answer was complete') });
      });
    });
    const timer = setTimeout(() => {
      const timeout = new PeerCallTimeout(`no answer within ${timeoutMs} ms`);
      finish({ error: timeout });
      request.destroy(timeout);
    }, timeoutMs);
    request.on('error', (error) => finish({ error }));
    request.end(call.body);
  });
}

function parseBody(text: string): unknown {
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Kept as text: a 2xx then fails its schema check, a 4xx gets a generic code.
    return text;
  }
}

export function createPeerHttp(options: PeerHttpOptions): PeerHttp {
  const { peer, audience, signer, metrics } = options;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const now = options.now ?? Date.now;
  const breaker = new CircuitBreaker({ ...DEFAULT_BREAKER, ...options.breaker }, now, (state) =>
    metrics?.breakerState.set({ peer }, BREAKER_GAUGE_VALUE[state]),
  );
  metrics?.breakerState.set({ peer }, BREAKER_GAUGE_VALUE.closed);

  const agent = new (baseUrl.startsWith('https:') ? https.Agent : http.Agent)({ keepAlive: true, scheduling: 'lifo' });
  const base = new URL(baseUrl);
  const basePath = base.pathname.replace(/\/+$/, '');
  // node:http wants an IPv6 literal without the brackets the URL keeps.
  const hostname = base.hostname.startsWith('[') ? base.hostname.slice(1, -1) : base.hostname;
  const port = base.port || (base.protocol === 'https:' ? '443' : '80');

  async function attempt<S extends TSchema>(target: CallTarget, call: OutgoingCall, check: TypeCheck<S>): Promise<AttemptResult<Static<S>>> {
    try {
      const response = await exchange(target, call, agent, timeoutMs);
      const body = parseBody(response.text);
      if (response.status >= 200 && response.status < 300) {
        if (check.Check(body)) return { kind: 'ok', body };
        // The peer answered, but not per contract: as unusable as no answer, and retrying gets the same body.
        return {
          kind: 'failed',
          outcome: 'error',
          retryable: false,
          answered: true,
          detail: `${peer} service answered a body that does not match the contract`,
        };
      }
      if (response.status >= 400 && response.status < 500) return { kind: 'refused', status: response.status, body };
      // A redirect between services is a misconfiguration: we do not follow it with our token.
      return { kind: 'failed', outcome: 'error', retryable: true, answered: true, detail: `${peer} service answered ${response.status}` };
    } catch (error) {
      if (error instanceof Error && error.name === 'TimeoutError') {
        return { kind: 'failed', outcome: 'timeout', retryable: true, answered: false, detail: `${peer} service did not answer within ${timeoutMs} ms` };
      }
      const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      // A refused connection never carried the request; any other loss may have happened after the peer acted.
      const neverSent = error instanceof Error && 'code' in error && error.code === 'ECONNREFUSED';
      return { kind: 'failed', outcome: 'error', retryable: true, answered: neverSent, detail: `${peer} service is unreachable (${reason})` };
    }
  }

  function refusal(status: number, body: unknown): PeerHttpError {
    if (peerProblemCheck.Check(body)) return new PeerHttpError(peer, status, body.code, body.detail ?? '');
    return new PeerHttpError(peer, status, `HTTP_${status}`, typeof body === 'string' ? body.slice(0, 200) : '');
  }

  async function buildCall(request: PeerRequest<TSchema>): Promise<OutgoingCall> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      authorization: `Bearer ${await signer.tokenFor(audience)}`,
      'x-tenant-id': request.ctx.tenantId,
      // One id for every attempt, so the peer's logs show the retries as one call.
      'x-request-id': request.ctx.requestId ?? randomUUID(),
    };
    if (request.idempotencyKey !== undefined) headers['idempotency-key'] = request.idempotencyKey;
    // Only with a body: Fastify (and others) reject a JSON content-type with an empty body.
    if (request.body !== undefined) headers['content-type'] = 'application/json';
    return { method: request.method, headers, body: request.body === undefined ? undefined : JSON.stringify(request.body) };
  }

  function request<S extends TSchema>(options: PeerRequest<S> & { accept404: true }): Promise<Static<S> | null>;
  function request<S extends TSchema>(options: PeerRequest<S>): Promise<Static<S>>;
  async function request<S extends TSchema>(options: PeerRequest<S>): Promise<Static<S> | null> {
    if (!tracingEnabled()) return callPeer(options);
    // One client span per call, retries included; the peer continues the trace from its traceparent.
    return inSpan(
      `${options.method} ${peer}`,
      {
        kind: SpanKind.CLIENT,
        attributes: { 'http.request.method': options.method, 'server.address': hostname, 'server.port': Number(port), 'url.path': options.path, 'peer.service': peer },
      },
      (span) => callPeer(options, span),
    );
  }

  async function callPeer<S extends TSchema>(options: PeerRequest<S>, span?: Span): Promise<Static<S> | null> {
    const target: CallTarget = { https: base.protocol === 'https:', hostname, port, path: `${basePath}${options.path}` };
    const call = await buildCall(options);
    if (span) injectTraceHeaders(call.headers);
    const check = compiled(options.schema);
    const tries = options.idempotent ? Math.max(1, retry.tries) : 1;

    let effectUnknown = false;
    for (let attemptNumber = 1; ; attemptNumber++) {
      const admission = breaker.admit();
      if (!admission.admitted) {
        metrics?.peerCalls.inc({ peer, outcome: 'rejected_open' });
        throw new UpstreamUnavailable(peer, `${peer} service is unavailable (circuit open)`, admission.retryAfterMs / 1000);
      }

      let result: AttemptResult<Static<S>>;
      try {
        result = await attempt(target, call, check);
      } catch (error) {
        // attempt() maps every transport failure; anything else is a bug, but the trial slot must not leak.
        breaker.record(true, admission.trial);
        throw error;
      }
      // A 4xx is the peer working as designed (sold out, not found...): healthy for the breaker, 'ok' in metrics.
      breaker.record(result.kind === 'failed', admission.trial);
      metrics?.peerCalls.inc({ peer, outcome: result.kind === 'failed' ? result.outcome : 'ok' });
      if (span) {
        if (result.kind === 'refused') span.setAttribute('http.response.status_code', result.status);
        if (attemptNumber > 1) span.setAttribute('http.request.resend_count', attemptNumber - 1);
      }

      if (result.kind === 'ok') return result.body;
      if (result.kind === 'refused') {
        if (result.status === 404 && options.accept404) return null;
        throw refusal(result.status, result.body);
      }
      effectUnknown ||= !result.answered;
      if (!result.retryable || attemptNumber >= tries) {
        const detail = attemptNumber > 1 ? `${result.detail} (after ${attemptNumber} attempts)` : result.detail;
        throw new UpstreamUnavailable(peer, detail, DEFAULT_RETRY_AFTER_SECONDS, effectUnknown);
      }
      const delays = retry.delaysMs;
      const delay = delays[Math.min(attemptNumber - 1, delays.length - 1)] ?? 0;
      await sleep(withJitter(delay, retry.jitter));
    }
  }

  return { request, breakerState: () => breaker.current() };
}
