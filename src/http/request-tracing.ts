/**
 * A server span per request (SPEC §18), named by the route template (`POST /api/v1/orders/:id/cancel`), continuing
 * the caller's trace from its `traceparent`. Registered before every other hook, so that the whole pipeline
 * (auth, idempotency, the handler, its transactions and peer calls) runs in the span's context: once from
 * onRequest, and again from preValidation, because the body is read on the socket's own events, outside it.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { contextFromHeaders, SpanKind, startSpan, tracingEnabled, withContext, type Span } from '../tracing.js';
import { SpanStatusCode, type Context } from '@opentelemetry/api';

declare module 'fastify' {
  interface FastifyRequest {
    traceSpan: { span: Span; context: Context } | null;
  }
}

function endSpan(request: FastifyRequest, reply: FastifyReply | null): void {
  const traced = request.traceSpan;
  if (!traced) return;
  request.traceSpan = null;
  if (reply) {
    traced.span.setAttribute('http.response.status_code', reply.statusCode);
    // A 4xx is the client's mistake, not the server's: only 5xx marks the span failed (OpenTelemetry HTTP conventions).
    if (reply.statusCode >= 500) traced.span.setStatus({ code: SpanStatusCode.ERROR, message: `HTTP ${reply.statusCode}` });
  } else {
    traced.span.setAttribute('error.type', 'aborted');
  }
  traced.span.end();
}

export function registerRequestTracing(app: FastifyInstance): void {
  if (!tracingEnabled()) return;
  app.decorateRequest('traceSpan', null);

  app.addHook('onRequest', (request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction) => {
    const route = request.routeOptions.url;
    const traced = startSpan(route ? `${request.method} ${route}` : request.method, {
      kind: SpanKind.SERVER,
      parent: contextFromHeaders(request.headers),
      attributes: {
        'http.request.method': request.method,
        ...(route ? { 'http.route': route } : {}),
        'url.path': request.url.split('?')[0] ?? request.url,
        'order_service.request_id': request.id,
      },
    });
    request.traceSpan = traced;
    withContext(traced.context, done);
  });
  app.addHook('preValidation', (request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction) => {
    if (request.traceSpan) withContext(request.traceSpan.context, done);
    else done();
  });
  app.addHook('onResponse', async (request, reply) => endSpan(request, reply));
  app.addHook('onRequestAbort', async (request) => endSpan(request, null));
}
