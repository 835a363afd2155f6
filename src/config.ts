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
}

export const QUEUE_TYPES = ['quorum', 'classic'] as const;
export type QueueType = (typeof QUEUE_TYPES)[number];

export interface Config {
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  databaseUrl?: string;
  /** Named prepared statements on PostgreSQL connections; off for PgBouncer < 1.21 in transaction mode. */
  databasePreparedStatements: boolean;
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
  expirySweepIntervalSeconds: number;
  logLevel: LogLevel;
  /** Secrets that were generated because the environment had none (embedded mode); printed once at start. */
  generatedSecrets: string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

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
    jwt = { algorithm: algorithm === 'ES256' ? 'ES256' : 'RS256', publicKey: jwtPublicKey };
  } else {
    jwt = { algorithm: 'HS256', secret: secret('JWT_SECRET', 32) };
  }
  jwt.issuer = text('JWT_ISSUER');
  jwt.audience = text('JWT_AUDIENCE');

  const logLevel = (text('LOG_LEVEL') ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  const holdSeconds = integer('RESERVATION_HOLD_SECONDS', 900, 1, 86_400);
  const vipHoldSeconds = integer('RESERVATION_VIP_HOLD_SECONDS', 1800, 1, 86_400);
  const config: Config = {
    env: nodeEnv,
    port: integer('PORT', 3004, 0, 65_535),
    host: text('HOST') ?? '127.0.0.1',
    databaseUrl: url('DATABASE_URL', ['postgres:', 'postgresql:']),
    databasePreparedStatements: boolean('DATABASE_PREPARED_STATEMENTS', true),
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
    expirySweepIntervalSeconds: integer('EXPIRY_SWEEP_INTERVAL_SECONDS', 30, 1, 3600),
    logLevel,
    generatedSecrets,
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

/** True when at least one peer is not configured and the sandbox must stand in for it. */
export function needsSandbox(config: Config): boolean {
  return !config.peers.ticketUrl || !config.peers.eventUrl || !config.peers.paymentUrl;
}
