/**
 * What the three sandbox peers share over HTTP: errors as JSON problems with a code, service-token auth and
 * a required tenant on /internal routes, the /sandbox/faults switch, and delivering notifications to the
 * order service without ever failing the sandbox call that triggered them.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { FaultRequest } from '../src/peers/contract.js';
import { ServiceName } from '../src/http/service-token.js';
import { bearerToken, verifyServiceToken } from '../src/http/service-token.js';
import { SandboxError, type SandboxPeer, type SandboxState } from './state.js';

export type SandboxLogger = FastifyServerOptions['logger'];

export interface SandboxAppOptions {
  state: SandboxState;
  serviceJwtSecret: string;
  logger?: SandboxLogger;
  /**
   * The routes about many ids at once (Ticket: POST /internal/v1/tickets/holds/release, Payment: POST
   * /internal/v1/payment-intents/cancel); default true. false builds a peer that has only the single calls,
   * as an older Ticket or Payment service would: such routes are answered 404.
   */
  batchRoutes?: boolean;
}

/** A message the peers put on the platform bus (CloudEvents-like); the bus is wired in by whoever starts us. */
export interface SandboxMessage {
  id: string;
  source: string;
  type: 'payment.succeeded' | 'payment.failed' | 'event.cancelled';
  time: string;
  tenantId: string;
  data: Record<string, unknown>;
  /** The W3C trace context the message continues (CloudEvents distributed-tracing extension), when known. */
  traceparent?: string;
}
export type PublishMessage = (message: SandboxMessage) => Promise<void>;

export const AUDIENCE_OF: Record<SandboxPeer, ServiceName> = {
  ticket: ServiceName.ticket,
  event: ServiceName.event,
  payment: ServiceName.payment,
};

const TITLES: Record<number, string> = {
  400: 'The request is not valid',
  401: 'Authentication is required',
  404: 'Not found',
  409: 'Conflict',
  422: 'Unprocessable request',
  503: 'Service unavailable',
};

import { UUID_PATTERN } from '../src/uuid.js';

export function sendProblem(reply: FastifyReply, status: number, code: string, detail: string): FastifyReply {
  return reply
    .code(status)
    .type('application/problem+json')
    .send({ type: 'about:blank', title: TITLES[status] ?? 'Error', status, code, detail });
}

/** The caller's tenant; the onRequest hook of /internal routes has already refused calls without a valid one. */
export function tenantOf(request: FastifyRequest): string {
  const header = request.headers['x-tenant-id'];
  if (typeof header !== 'string') throw new SandboxError(400, 'VALIDATION_FAILED', 'X-Tenant-Id header is required');
  return header;
}

export function createSandboxFastify(peer: SandboxPeer, options: SandboxAppOptions) {
  // forceCloseConnections: close() must not wait for calls a 'slow' fault is holding back.
  const app = Fastify({ logger: options.logger ?? false, forceCloseConnections: true }).withTypeProvider<TypeBoxTypeProvider>();
  const { state } = options;
  const shutdown = new AbortController();
  app.addHook('preClose', async () => shutdown.abort());

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof SandboxError) return sendProblem(reply, error.status, error.code, error.message);
    if (typeof error === 'object' && error !== null && 'validation' in error && error.validation) {
      return sendProblem(reply, 400, 'VALIDATION_FAILED', error instanceof Error ? error.message : 'invalid request');
    }
    const status = typeof error === 'object' && error !== null && 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 400 && status < 500) {
      return sendProblem(reply, status, 'BAD_REQUEST', error instanceof Error ? error.message : 'bad request');
    }
    reply.log.error({ err: error }, 'sandbox route failed');
    return sendProblem(reply, 500, 'INTERNAL', 'internal error');
  });
  app.setNotFoundHandler((request, reply) => sendProblem(reply, 404, 'NOT_FOUND', `no route ${request.method} ${request.url}`));

  // Faults come first (a down service answers nothing else), then the checks a real peer makes.
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/internal/')) return;
    const traceparent = request.headers.traceparent;
    if (typeof traceparent === 'string') state.recordTraceContext({ peer, method: request.method, path: request.url, traceparent });
    const fault = state.faults.takeFault(peer);
    if (fault?.mode === 'fail') return sendProblem(reply, 503, 'SANDBOX_FAULT', `${peer} sandbox is failing on purpose`);
    if (fault?.mode === 'slow') {
      try {
        await sleep(fault.delayMs, undefined, { signal: shutdown.signal });
      } catch {
        return sendProblem(reply, 503, 'SHUTTING_DOWN', `${peer} sandbox is closing`);
      }
    }

    const token = bearerToken(request.headers.authorization);
    if (!token) return sendProblem(reply, 401, 'UNAUTHENTICATED', 'a service token is required');
    try {
      await verifyServiceToken(token, options.serviceJwtSecret, AUDIENCE_OF[peer]);
    } catch {
      return sendProblem(reply, 401, 'UNAUTHENTICATED', `the service token is not valid for ${AUDIENCE_OF[peer]}`);
    }
    const tenant = request.headers['x-tenant-id'];
    if (typeof tenant !== 'string' || !UUID_PATTERN.test(tenant)) {
      return sendProblem(reply, 400, 'VALIDATION_FAILED', 'X-Tenant-Id header must be a UUID');
    }
  });

  app.post('/sandbox/faults', { schema: { body: FaultRequest } }, async (request) => state.faults.setFault(peer, request.body));
  app.get('/sandbox/faults', async () => ({ ...state.faults.faults[peer], internalCalls: state.faults.internalCalls[peer] }));

  return app;
}

export type SandboxFastify = ReturnType<typeof createSandboxFastify>;

/** How a notification to the order service (or the bus) went; reported to the sandbox caller, never thrown. */
export interface Delivery {
  delivered: boolean;
  status?: number;
  error?: string;
}

const DELIVERY_TIMEOUT_MS = 5000;

export async function deliver(url: string | undefined, headers: Record<string, string>, body: string): Promise<Delivery> {
  if (!url) return { delivered: false, error: 'no order service URL is configured' };
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': randomUUID(), ...headers },
      body,
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    });
    // Drain the body so the connection can be reused; its content does not matter here.
    const answer = await response.text();
    if (response.ok) return { delivered: true, status: response.status };
    return { delivered: false, status: response.status, error: answer.slice(0, 500) };
  } catch (error) {
    return { delivered: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export async function publishSafely(publish: PublishMessage | undefined, message: SandboxMessage): Promise<Delivery> {
  if (!publish) return { delivered: false, error: 'no message bus is wired to the sandbox' };
  try {
    await publish(message);
    return { delivered: true };
  } catch (error) {
    return { delivered: false, error: error instanceof Error ? error.message : String(error) };
  }
}
