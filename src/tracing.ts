/**
 * OpenTelemetry tracing (SPEC §18). The code that makes spans uses only `@opentelemetry/api` through the
 * helpers below; the SDK (provider, sampler, exporter, context manager, W3C propagator) is set up once by
 * startTracing() at boot, or by the test harness with an in-memory exporter. Until then — and whenever no
 * OTLP endpoint is configured — the API is its no-op self and the wrappers in db/, peers/, bus/ and http/ are
 * not even installed, so tracing off costs nothing measurable.
 *
 * The API keeps its provider and context manager process-wide: that is OpenTelemetry's design (a library
 * calls trace.getTracer() and gets spans only when the application registered an SDK), and the reason spans
 * need no tracer parameter threaded through every layer.
 */
import {
  context,
  isSpanContextValid,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Span,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter as OtlpJsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as OtlpProtobufExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BasicTracerProvider,
  BatchSpanProcessor,
  ParentBasedSampler,
  SimpleSpanProcessor,
  TraceIdRatioBasedSampler,
  type Sampler,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import type { TracingConfig } from './config.js';

export { SpanKind };
export type { Span };

const TRACER_NAME = 'order-service';

/** How long shutdown waits for the last spans to be exported (inside the 10 s shutdown budget). */
const SHUTDOWN_EXPORT_MS = 2000;

/** A W3C trace context header value: version 00, trace id, parent span id, flags. */
const TRACEPARENT = /^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

let running: { provider: BasicTracerProvider; contextManager: AsyncLocalStorageContextManager } | null = null;

/** True once startTracing() registered an SDK: the wrappers are installed only then. */
export function tracingEnabled(): boolean {
  return running !== null;
}

function samplerOf(config: Pick<TracingConfig, 'sampler' | 'samplerRatio'>): Sampler {
  const ratio = new TraceIdRatioBasedSampler(config.samplerRatio);
  switch (config.sampler) {
    case 'always_on':
      return new AlwaysOnSampler();
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return ratio;
    case 'parentbased_always_off':
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case 'parentbased_traceidratio':
      return new ParentBasedSampler({ root: ratio });
    case 'parentbased_always_on':
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
  }
}

export interface TracingOptions {
  config: TracingConfig;
  /** Spans go here, one by one as they end, instead of to the OTLP endpoint (tests). */
  exporter?: SpanExporter;
}

export interface RunningTracing {
  /** Exports what is buffered (for at most 2 s) and unregisters the SDK (graceful shutdown, the end of a test file). */
  shutdown(): Promise<void>;
}

/**
 * Registers the SDK when the configuration has an OTLP endpoint or an exporter is given; answers null (and
 * registers nothing) otherwise.
 */
export function startTracing(options: TracingOptions): RunningTracing | null {
  const { config } = options;
  if (!options.exporter && !config.tracesUrl) return null;
  if (running) throw new Error('tracing is already started in this process');
  const exporterOptions = { url: config.tracesUrl, headers: config.headers, timeoutMillis: config.exportTimeoutMs };
  const processor = options.exporter
    ? new SimpleSpanProcessor(options.exporter)
    : new BatchSpanProcessor(config.protocol === 'http/json' ? new OtlpJsonExporter(exporterOptions) : new OtlpProtobufExporter(exporterOptions));
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': config.serviceName, 'service.version': process.env.npm_package_version ?? '0.1.0' }),
    sampler: samplerOf(config),
    spanProcessors: [processor],
  });
  const contextManager = new AsyncLocalStorageContextManager().enable();
  context.setGlobalContextManager(contextManager);
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  running = { provider, contextManager };
  return {
    async shutdown() {
      if (running?.provider !== provider) return;
      running = null;
      // A collector that does not answer must not hold the shutdown past its deadline: what is left is dropped.
      const giveUp = new Promise<void>((resolve) => setTimeout(resolve, SHUTDOWN_EXPORT_MS).unref());
      await Promise.race([provider.shutdown().catch(() => undefined), giveUp]);
      trace.disable();
      propagation.disable();
      context.disable();
    },
  };
}

export interface SpanOptions {
  kind?: SpanKind;
  attributes?: Attributes;
  /** The parent; the active context when omitted. */
  parent?: Context;
}

/**
 * Runs `work` in a new active span that ends when `work` settles; a thrown error is recorded on the span and
 * rethrown.
 */
export function inSpan<T>(name: string, options: SpanOptions, work: (span: Span) => Promise<T>): Promise<T> {
  const tracer = trace.getTracer(TRACER_NAME);
  const parent = options.parent ?? context.active();
  return tracer.startActiveSpan(name, { kind: options.kind ?? SpanKind.INTERNAL, attributes: options.attributes }, parent, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      failSpan(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

/** Marks a span failed with the error's type and message (never its details: they may quote input). */
export function failSpan(span: Span, error: unknown): void {
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
  span.setAttribute('error.type', error instanceof Error ? error.name : 'Error');
}

/** Starts a span that the caller ends (an HTTP request spans several hooks). */
export function startSpan(name: string, options: SpanOptions): { span: Span; context: Context } {
  const parent = options.parent ?? context.active();
  const span = trace.getTracer(TRACER_NAME).startSpan(name, { kind: options.kind ?? SpanKind.INTERNAL, attributes: options.attributes }, parent);
  return { span, context: trace.setSpan(parent, span) };
}

/** The empty context: the parent of a span that starts a trace of its own (a job run, a message without one). */
export function rootContext(): Context {
  return ROOT_CONTEXT;
}

/** Runs `work` with `ctx` as the active context. */
export function withContext<T>(ctx: Context, work: () => T): T {
  return context.with(ctx, work);
}

/** The context a carrier of W3C headers (an HTTP request's headers) continues; the root when it has none. */
export function contextFromHeaders(headers: Record<string, string | string[] | undefined>): Context {
  return propagation.extract(ROOT_CONTEXT, headers);
}

/** Writes the active context's `traceparent` (and `tracestate`) into outgoing headers. */
export function injectTraceHeaders(headers: Record<string, string>): void {
  propagation.inject(context.active(), headers);
}

/** The active span's W3C traceparent, for a message written now (the CloudEvents distributed-tracing extension). */
export function activeTraceparent(): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent !== undefined && TRACEPARENT.test(carrier.traceparent) ? carrier.traceparent : undefined;
}

/** The context a message's traceparent continues; the root when it has none or a malformed one. */
export function contextFromTraceparent(traceparent: unknown): Context {
  if (typeof traceparent !== 'string' || !TRACEPARENT.test(traceparent)) return ROOT_CONTEXT;
  return propagation.extract(ROOT_CONTEXT, { traceparent });
}

/** For pino's `mixin`: the ids of the active span, so that a log line can be found from its trace. */
export function traceLogFields(): { traceId?: string; spanId?: string } {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const spanContext = span.spanContext();
  if (!isSpanContextValid(spanContext)) return {};
  return { traceId: spanContext.traceId, spanId: spanContext.spanId };
}
