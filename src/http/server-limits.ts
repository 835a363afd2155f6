/**
 * What the HTTP server allows a client: how long it may take to send a request (headers, then body), how
 * many connections it may hold, and what happens when the process is saturated. Slow or flooding clients
 * must cost a bounded amount of sockets and memory, and every answer — even one written on a bare socket
 * because Node could not parse the request — is problem+json with a request id.
 */
import { randomUUID } from 'node:crypto';
import type { ServerOptions } from 'node:http';
import { Socket } from 'node:net';
import { PassThrough } from 'node:stream';
import { getHeapStatistics } from 'node:v8';
import underPressure from '@fastify/under-pressure';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import type { HttpLimits, OverloadLimits } from '../config.js';
import { HeadersTooLarge, MalformedRequest, Overloaded, RequestTimeout, type AppError } from '../errors.js';
import { asAppError, rawProblemResponse, sendProblem } from './problem.js';

/** After an answer on a socket we want gone, the client gets this long to read it before the socket is destroyed. */
const LINGER_MS = 1000;

/** Ends a socket after `response` and destroys it if the client does not close its side in time. */
function closeSocket(socket: Socket, response?: string): void {
  if (socket.destroyed) return;
  if (response !== undefined && socket.writable) socket.end(response);
  else socket.end();
  setTimeout(() => socket.destroy(), LINGER_MS).unref();
}

/** Node could not read a request (bad framing, headers too large, request deadline passed). */
function clientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  let problem: AppError;
  if (error.code === 'HPE_HEADER_OVERFLOW') problem = new HeadersTooLarge('The request headers exceed the size limit');
  else if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') problem = new RequestTimeout('The request did not arrive within the deadline');
  else problem = new MalformedRequest('The HTTP request could not be parsed');
  closeSocket(socket, rawProblemResponse(problem, randomUUID()));
}

/** Errors Fastify meets before a route is known (a path parameter too long, a badly encoded path). */
function frameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  void sendProblem(reply, asAppError(error), request);
}

/** Fastify and Node server options for the limits (spread into `Fastify({...})`). */
export function serverOptions(limits: HttpLimits): Partial<FastifyServerOptions> & { http: ServerOptions } {
  return {
    requestTimeout: limits.requestTimeoutMs,
    connectionTimeout: limits.connectionTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    http: {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // How often Node checks the request and headers deadlines: a small share of them, so they hold closely.
      connectionsCheckingInterval: Math.max(50, Math.min(5000, Math.floor(Math.min(limits.requestTimeoutMs, limits.headersTimeoutMs) / 10))),
    },
    clientErrorHandler: clientError,
    frameworkErrors: frameworkError,
  };
}

/** True when the request carries a body that has not been read to its end (false for injected requests). */
function bodyUnread(request: FastifyRequest): boolean {
  return request.raw.complete === false && request.raw.socket instanceof Socket;
}

/**
 * Connection caps (in total and per client address), the body read deadline, and closing the connection
 * after an answer given before the body was read (401, 429, 413...): otherwise a client could keep trickling
 * the body it declared into a socket we no longer care about.
 */
export function registerConnectionLimits(app: FastifyInstance, limits: HttpLimits): void {
  const perAddress = new Map<string, number>();
  let open = 0;
  app.server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const fromAddress = perAddress.get(address) ?? 0;
    if ((limits.maxConnections > 0 && open >= limits.maxConnections) || (limits.maxConnectionsPerAddress > 0 && fromAddress >= limits.maxConnectionsPerAddress)) {
      closeSocket(socket, rawProblemResponse(new Overloaded('Too many open connections; retry later', 1), randomUUID()));
      return;
    }
    open += 1;
    perAddress.set(address, fromAddress + 1);
    socket.once('close', () => {
      open -= 1;
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left > 0) perAddress.set(address, left);
      else perAddress.delete(address);
    });
  });

  // The body must be read within the deadline; a body that trickles in slower is cut off with 408.
  app.addHook('preParsing', async (request, reply, payload) => {
    if (!bodyUnread(request)) return payload;
    const guarded = new PassThrough();
    // Fastify listens while it reads; after an early answer nobody does, and the error has nowhere to go.
    guarded.on('error', () => undefined);
    const timer = setTimeout(
      () => guarded.destroy(new RequestTimeout(`The request body did not arrive within ${limits.bodyTimeoutMs} ms`)),
      limits.bodyTimeoutMs,
    );
    timer.unref();
    guarded.once('close', () => clearTimeout(timer));
    reply.raw.once('finish', () => clearTimeout(timer));
    payload.once('end', () => clearTimeout(timer));
    payload.pipe(guarded);
    return guarded;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (bodyUnread(request)) reply.header('connection', 'close');
    return payload;
  });
  app.addHook('onResponse', async (request) => {
    // Node ends a `connection: close` socket after the answer; a client that keeps sending is cut off after the linger.
    if (bodyUnread(request)) closeSocket(request.raw.socket);
  });
}

/**
 * The overload guard: when the event loop lags or the heap is nearly full, requests are refused at once
 * with 503 OVERLOADED and Retry-After instead of queueing without bound. Liveness always answers: an
 * overloaded process is alive, and restarting it would only lose its in-flight work.
 */
export async function registerOverloadGuard(app: FastifyInstance, limits: OverloadLimits): Promise<void> {
  const heapLimit = getHeapStatistics().heap_size_limit;
  await app.register(underPressure, {
    maxEventLoopDelay: limits.maxEventLoopDelayMs,
    maxHeapUsedBytes: limits.maxHeapUsedPercent > 0 ? Math.floor((heapLimit * limits.maxHeapUsedPercent) / 100) : 0,
    sampleInterval: limits.sampleIntervalMs,
    pressureHandler: async (request, _reply, type) => {
      if (request.url === '/health/live') return;
      throw new Overloaded(`The service is overloaded (${type === 'heapUsedBytes' ? 'memory' : 'event loop'}); retry later`, limits.retryAfterSeconds);
    },
  });
}
