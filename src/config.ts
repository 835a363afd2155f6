/**
 * One typed configuration, read from the environment and validated once at boot (SPEC §2).
 * Embedded mode (no DATABASE_URL etc.) fills every gap with a working default and generates missing
 * secrets; production mode (NODE_ENV=production) refuses to boot without its secrets.
 */
import { randomBytes } from 'node:crypto';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface JwtConfig {
  /** HS256 with a shared secret, or RS256/ES256 with a PEM public key: one algorithm only. */
  algorithm: 'HS256' | 'RS256' | 'ES256';
  secret?: string;
  publicKey?: string;
  issuer?: string;
  audience?: string;
  /** Tokens issued (`iat`) longer ago than this are refused, whatever their `exp`; 0 turns the check off. */
  maxAgeSeconds: number;
}

export const QUEUE_TYPES = ['quorum', 'classic'] as const;
export type QueueType = (typeof QUEUE_TYPES)[number];

export interface Config {
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  databaseUrl?: string;
  /** The schema owner's login, for migrations only; the service itself runs as DATABASE_URL's login. */
  databaseMigrationUrl?: string;
  /** Named prepared statements on PostgreSQL connections; off for PgBouncer < 1.21 in transaction mode. */
  databasePreparedStatements: boolean;
  /** Connections this instance opens to PostgreSQL (or PgBouncer) at most: its share of the connection budget. */
  databasePoolSize: number;
  dataDir: string;
  redisUrl?: string;
  rabbitmqUrl?: string;
  /** Type of the queues the service declares (`order_service_queue`, its DLQ): quorum, or classic for brokers without them. */
  rabbitmqQueueType: QueueType;
  peers: {
    ticketUrl?: string;
    eventUrl?: string;
    paymentUrl?: string;
    timeoutMs: number;
    /** How long an open circuit breaker waits before its trial call (SPEC §11: 30 s); drills shorten it. */
    breakerOpenMs: number;
  };
  sandboxPorts: { ticket: number; payment: number; event: number };
  jwt: JwtConfig;
  serviceJwtSecret: string;
  paymentWebhookSecret: string;
  alertWebhookUrl?: string;
  reservation: { holdSeconds: number; vipHoldSeconds: number; graceSeconds: number; maxExtensionSeconds: number };
  sagaTimeoutSeconds: number;
  /** After this an ended order's hold release and intent cancellation that did not get through are retried. */
  orderReleaseRetrySeconds: number;
  /** After this a PENDING refund is taken over by the refund-recovery job (asked again with its own key). */
  refundRecoveryAfterSeconds: number;
  expirySweepIntervalSeconds: number;
  logLevel: LogLevel;
  http: HttpLimits;
  overload: OverloadLimits;
  /** Per client address and minute on routes that carry no user (webhooks). */
  webhookRateLimitPerMinute: number;
  /** Outbound webhooks (SPEC §16, docs/integrations.md). */
  webhooks: {
    /** WEBHOOK_ALLOW_PRIVATE_URLS: http and loopback/private/metadata addresses allowed; default only embedded and development. */
    allowPrivateUrls: boolean;
    timeoutMs: number;
    retryScheduleSeconds: number[];
    concurrencyPerEndpoint: number;
    maxInFlight: number;
    intervalMs: number;
  };
  /** Checkout under an on-sale rush (docs/decisions.md, "On-sale rush"). */
  checkout: CheckoutLimits;
  /** Secrets that were generated because the environment had none (embedded mode); printed once at start. */
  generatedSecrets: string[];
  tracing: TracingConfig;
}

export const OTLP_PROTOCOLS = ['http/protobuf', 'http/json'] as const;
export const TRACE_SAMPLERS = ['parentbased_always_on', 'parentbased_always_off', 'parentbased_traceidratio', 'always_on', 'always_off', 'traceidratio'] as const;

/** OpenTelemetry tracing from the standard OTEL_* variables (SPEC §18); off unless an OTLP endpoint is set. */
export interface TracingConfig {
  /** Where spans are sent (the traces URL, /v1/traces included); undefined: tracing is off. */
  tracesUrl?: string;
  protocol: (typeof OTLP_PROTOCOLS)[number];
  /** Sent with every export (an API key of the collector, say): a secret, never logged. */
  headers: Record<string, string>;
  serviceName: string;
  sampler: (typeof TRACE_SAMPLERS)[number];
  /** The ratio of the *traceidratio samplers, 0..1. */
  samplerRatio: number;
  exportTimeoutMs: number;
}

/** How long the HTTP server waits for a client, and how many connections it holds (slow clients, floods). */
export interface HttpLimits {
  /** Whole request (headers and body) must arrive within this; Node answers 408 and closes otherwise. */
  requestTimeoutMs: number;
  /** The request headers must arrive within this. */
  headersTimeoutMs: number;
  /** The body must be read within this, counted from the start of reading; 408 and the connection closed. */
  bodyTimeoutMs: number;
  /** A socket with no traffic at all for this long is closed. */
  connectionTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** Open connections in total and per client address; 0 means no cap. */
  maxConnections: number;
  maxConnectionsPerAddress: number;
}

/** The overload guard: answer 503 OVERLOADED instead of queueing when the process is saturated. */
export interface OverloadLimits {
  /** Mean event-loop delay over a sample above which requests are refused; 0 turns the check off. */
  maxEventLoopDelayMs: number;
  /** Heap used, in percent of the heap limit, above which requests are refused; 0 turns the check off. */
  maxHeapUsedPercent: number;
  sampleIntervalMs: number;
  retryAfterSeconds: number;
}

/** Checkout under an on-sale rush: what this instance remembers, and how much checkout work it takes on at once. */
export interface CheckoutLimits {
  /** How long a ticket type seen sold out is answered 409 SOLD_OUT without asking the Ticket service; 0 turns it off. */
  soldOutMemorySeconds: number;
  /** How long this instance keeps a tenant's settings and tax jurisdictions read by checkout; 0 turns it off. */
  referenceCacheSeconds: number;
  /** Checkouts this instance works on at once; the next one is refused with 503 OVERLOADED at once; 0: no limit. */
  maxInFlight: number;
  /** Retry-After of that refusal. */
  retryAfterSeconds: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** `key=value,key2=value2` with URL-encoded values (the OTEL_EXPORTER_OTLP_HEADERS format). */
function otlpHeaders(raw: string | undefined, name: string, problems: string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const pair of (raw ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
    const at = pair.indexOf('=');
    const key = at > 0 ? pair.slice(0, at).trim() : '';
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(key)) {
      problems.push(`${name} must be key=value pairs separated by commas`);
      continue;
    }
    try {
      headers[key.toLowerCase()] = decodeURIComponent(pair.slice(at + 1).trim());
    } catch {
      problems.push(`${name} has a value that is not URL-encoded (header ${key})`);
    }
  }
  return headers;
}

function tracingConfig(env: Env, problems: string[], text: (name: string) => string | undefined, url: (name: string, protocols: string[]) => string | undefined): TracingConfig {
  const protocolName = text('OTEL_EXPORTER_OTLP_TRACES_PROTOCOL') ? 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL' : 'OTEL_EXPORTER_OTLP_PROTOCOL';
  const protocol = text(protocolName) ?? 'http/protobuf';
  if (!(OTLP_PROTOCOLS as readonly string[]).includes(protocol)) {
    problems.push(`${protocolName} must be ${OTLP_PROTOCOLS.join(' or ')} (got "${protocol}"; grpc is not supported)`);
  }
  const sampler = text('OTEL_TRACES_SAMPLER')?.toLowerCase() ?? 'parentbased_always_on';
  if (!(TRACE_SAMPLERS as readonly string[]).includes(sampler)) problems.push(`OTEL_TRACES_SAMPLER must be one of ${TRACE_SAMPLERS.join(', ')} (got "${sampler}")`);
  const ratioText = text('OTEL_TRACES_SAMPLER_ARG');
  const ratio = ratioText === undefined ? 1 : Number(ratioText);
  if (!(ratio >= 0 && ratio <= 1)) problems.push(`OTEL_TRACES_SAMPLER_ARG must be a number between 0 and 1 (got "${ratioText}")`);
  const timeoutText = text('OTEL_EXPORTER_OTLP_TRACES_TIMEOUT') ?? text('OTEL_EXPORTER_OTLP_TIMEOUT');
  const timeout = timeoutText === undefined ? 10_000 : Number(timeoutText);
  if (!Number.isInteger(timeout) || timeout < 1 || timeout > 600_000) problems.push(`OTEL_EXPORTER_OTLP_TIMEOUT must be milliseconds between 1 and 600000 (got "${timeoutText}")`);

  const tracesEndpoint = url('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', ['http:', 'https:']);
  const baseEndpoint = url('OTEL_EXPORTER_OTLP_ENDPOINT', ['http:', 'https:']);
  const disabled = text('OTEL_SDK_DISABLED')?.toLowerCase() === 'true';
  const tracesUrl = disabled ? undefined : (tracesEndpoint ?? (baseEndpoint ? `${baseEndpoint.replace(/\/+$/, '')}/v1/traces` : undefined));
  return {
    tracesUrl,
    protocol: protocol === 'http/json' ? 'http/json' : 'http/protobuf',
    headers: {
      ...otlpHeaders(env.OTEL_EXPORTER_OTLP_HEADERS, 'OTEL_EXPORTER_OTLP_HEADERS', problems),
      ...otlpHeaders(env.OTEL_EXPORTER_OTLP_TRACES_HEADERS, 'OTEL_EXPORTER_OTLP_TRACES_HEADERS', problems),
    },
    serviceName: text('OTEL_SERVICE_NAME') ?? 'order-service',
    sampler: sampler as TracingConfig['sampler'],
    samplerRatio: ratio >= 0 && ratio <= 1 ? ratio : 1,
    exportTimeoutMs: Number.isInteger(timeout) && timeout >= 1 ? timeout : 10_000,
  };
}

export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const generatedSecrets: string[] = [];
  const nodeEnv = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const production = nodeEnv === 'production';

  const text = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = text(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const boolean = (name: string, fallback: boolean): boolean => {
    const raw = text(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (raw === 'true' || raw === '1') return true;
    if (raw === 'false' || raw === '0') return false;
    problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = text(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
    return fallback;
  };
  const url = (name: string, protocols: string[]): string | undefined => {
    const raw = text(name);
    if (raw === undefined) return undefined;
    try {
      const parsed = new URL(raw);
      if (!protocols.includes(parsed.protocol)) problems.push(`${name} must use ${protocols.join(' or ')} (got ${parsed.protocol})`);
    } catch {
      problems.push(`${name} is not a valid URL`);
    }
    return raw;
  };
  const secret = (name: string, minLength: number): string => {
    const value = text(name);
    if (value !== undefined) {
      if (value.length < minLength) problems.push(`${name} must be at least ${minLength} characters`);
      return value;
    }
    if (production) {
      problems.push(`${name} is required when NODE_ENV=production`);
      return '';
    }
    generatedSecrets.push(name);
    return randomBytes(32).toString('hex');
  };

  const jwtPublicKey = text('JWT_PUBLIC_KEY')?.replace(/\\n/g, '\n');
  let jwt: JwtConfig;
  if (jwtPublicKey) {
    const algorithm = text('JWT_ALGORITHM') ?? 'RS256';
    if (algorithm !== 'RS256' && algorithm !== 'ES256') problems.push('JWT_ALGORITHM must be RS256 or ES256 with JWT_PUBLIC_KEY');
    if (!jwtPublicKey.includes('BEGIN PUBLIC KEY')) problems.push('JWT_PUBLIC_KEY must be a PEM public key');
    jwt = { algorithm: algorithm === 'ES256' ? 'ES256' : 'RS256', publicKey: jwtPublicKey, maxAgeSeconds: 0 };
  } else {
    jwt = { algorithm: 'HS256', secret: secret('JWT_SECRET', 32), maxAgeSeconds: 0 };
  }
  jwt.issuer = text('JWT_ISSUER');
  jwt.audience = text('JWT_AUDIENCE');
  jwt.maxAgeSeconds = integer('JWT_MAX_AGE_SECONDS', 86_400, 0, 31_536_000);

  const logLevel = (text('LOG_LEVEL') ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  const requestTimeoutMs = integer('HTTP_REQUEST_TIMEOUT_MS', 30_000, 100, 600_000);
  const holdSeconds = integer('RESERVATION_HOLD_SECONDS', 900, 1, 86_400);
  const vipHoldSeconds = integer('RESERVATION_VIP_HOLD_SECONDS', 1800, 1, 86_400);
  const config: Config = {
    env: nodeEnv,
    port: integer('PORT', 3004, 0, 65_535),
    host: text('HOST') ?? '127.0.0.1',
    databaseUrl: url('DATABASE_URL', ['postgres:', 'postgresql:']),
    databaseMigrationUrl: url('DATABASE_MIGRATION_URL', ['postgres:', 'postgresql:']),
    databasePreparedStatements: boolean('DATABASE_PREPARED_STATEMENTS', true),
    databasePoolSize: integer('DATABASE_POOL_SIZE', 20, 1, 1000),
    dataDir: text('DATA_DIR') ?? './data',
    redisUrl: url('REDIS_URL', ['redis:', 'rediss:']),
    rabbitmqUrl: url('RABBITMQ_URL', ['amqp:', 'amqps:']),
    rabbitmqQueueType: oneOf('RABBITMQ_QUEUE_TYPE', QUEUE_TYPES, 'quorum'),
    peers: {
      ticketUrl: url('TICKET_SERVICE_URL', ['http:', 'https:']),
      eventUrl: url('EVENT_SERVICE_URL', ['http:', 'https:']),
      paymentUrl: url('PAYMENT_SERVICE_URL', ['http:', 'https:']),
      timeoutMs: integer('PEER_TIMEOUT_MS', 5000, 10, 60_000),
      breakerOpenMs: integer('PEER_BREAKER_OPEN_MS', 30_000, 100, 600_000),
    },
    sandboxPorts: {
      ticket: integer('SANDBOX_TICKET_PORT', 3001, 0, 65_535),
      payment: integer('SANDBOX_PAYMENT_PORT', 3002, 0, 65_535),
      event: integer('SANDBOX_EVENT_PORT', 3005, 0, 65_535),
    },
    jwt,
    serviceJwtSecret: secret('SERVICE_JWT_SECRET', 32),
    paymentWebhookSecret: secret('PAYMENT_WEBHOOK_SECRET', 16),
    alertWebhookUrl: url('ALERT_WEBHOOK_URL', ['http:', 'https:']),
    reservation: {
      holdSeconds,
      vipHoldSeconds,
      graceSeconds: integer('RESERVATION_GRACE_SECONDS', 120, 0, 3600),
      maxExtensionSeconds: integer('RESERVATION_MAX_EXTENSION_SECONDS', 600, 0, 86_400),
    },
    sagaTimeoutSeconds: integer('SAGA_TIMEOUT_SECONDS', 60, 1, 3600),
    refundRecoveryAfterSeconds: integer('REFUND_RECOVERY_AFTER_SECONDS', 60, 1, 3600),
    orderReleaseRetrySeconds: integer('ORDER_RELEASE_RETRY_SECONDS', 60, 1, 3600),
    expirySweepIntervalSeconds: integer('EXPIRY_SWEEP_INTERVAL_SECONDS', 30, 1, 3600),
    logLevel,
    http: {
      requestTimeoutMs,
      headersTimeoutMs: Math.min(integer('HTTP_HEADERS_TIMEOUT_MS', 10_000, 100, 600_000), requestTimeoutMs),
      bodyTimeoutMs: integer('HTTP_BODY_TIMEOUT_MS', 10_000, 100, 600_000),
      connectionTimeoutMs: integer('HTTP_CONNECTION_TIMEOUT_MS', 60_000, 100, 3_600_000),
      keepAliveTimeoutMs: integer('HTTP_KEEP_ALIVE_TIMEOUT_MS', 72_000, 100, 3_600_000),
      maxConnections: integer('HTTP_MAX_CONNECTIONS', 4096, 0, 1_000_000),
      maxConnectionsPerAddress: integer('HTTP_MAX_CONNECTIONS_PER_ADDRESS', 256, 0, 1_000_000),
    },
    overload: {
      maxEventLoopDelayMs: integer('OVERLOAD_MAX_EVENT_LOOP_DELAY_MS', 1000, 0, 60_000),
      maxHeapUsedPercent: integer('OVERLOAD_MAX_HEAP_USED_PERCENT', 90, 0, 100),
      sampleIntervalMs: integer('OVERLOAD_SAMPLE_INTERVAL_MS', 1000, 10, 60_000),
      retryAfterSeconds: integer('OVERLOAD_RETRY_AFTER_SECONDS', 10, 1, 3600),
    },
    webhookRateLimitPerMinute: integer('WEBHOOK_RATE_LIMIT_PER_MINUTE', 600, 1, 1_000_000),
    webhooks: {
      // Strict wherever real data may flow: production and test against real services. Embedded and development
      // mode deliver to local receivers.
      allowPrivateUrls: boolean('WEBHOOK_ALLOW_PRIVATE_URLS', !production && (nodeEnv === 'development' || text('DATABASE_URL') === undefined)),
      timeoutMs: integer('WEBHOOK_TIMEOUT_MS', 10_000, 10, 60_000),
      retryScheduleSeconds: retrySchedule(text('WEBHOOK_RETRY_SCHEDULE_SECONDS'), problems),
      concurrencyPerEndpoint: integer('WEBHOOK_CONCURRENCY_PER_ENDPOINT', 2, 1, 100),
      maxInFlight: integer('WEBHOOK_MAX_IN_FLIGHT', 50, 1, 10_000),
      intervalMs: integer('WEBHOOK_DELIVERY_INTERVAL_MS', 500, 10, 60_000),
    },
    checkout: {
      soldOutMemorySeconds: integer('SOLD_OUT_MEMORY_SECONDS', 2, 0, 60),
      referenceCacheSeconds: integer('REFERENCE_CACHE_SECONDS', 5, 0, 60),
      maxInFlight: integer('ADMISSION_MAX_IN_FLIGHT', 16, 0, 100_000),
      retryAfterSeconds: integer('ADMISSION_RETRY_AFTER_SECONDS', 1, 1, 3600),
    },
    generatedSecrets,
    tracing: tracingConfig(env, problems, text, url),
  };

  if (production) {
    if (!config.databaseUrl) problems.push('DATABASE_URL is required when NODE_ENV=production');
    for (const [name, value] of Object.entries({
      TICKET_SERVICE_URL: config.peers.ticketUrl,
      EVENT_SERVICE_URL: config.peers.eventUrl,
      PAYMENT_SERVICE_URL: config.peers.paymentUrl,
    })) {
      if (!value) problems.push(`${name} is required when NODE_ENV=production (the sandbox is for development only)`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** WEBHOOK_RETRY_SCHEDULE_SECONDS: the waits after each failed attempt, comma-separated seconds (SPEC §16 by default). */
function retrySchedule(raw: string | undefined, problems: string[]): number[] {
  const standard = [5, 300, 1800, 7200, 18_000, 36_000, 36_000];
  if (raw === undefined) return standard;
  const waits = raw.split(',').map((part) => Number(part.trim()));
  if (waits.length === 0 || waits.length > 20 || waits.some((wait) => !Number.isInteger(wait) || wait < 0 || wait > 604_800)) {
    problems.push(`WEBHOOK_RETRY_SCHEDULE_SECONDS must be 1 to 20 comma-separated whole seconds up to 604800 (got "${raw}")`);
    return standard;
  }
  return waits;
}

/** True when at least one peer is not configured and the sandbox must stand in for it. */
export function needsSandbox(config: Config): boolean {
  return !config.peers.ticketUrl || !config.peers.eventUrl || !config.peers.paymentUrl;
}
