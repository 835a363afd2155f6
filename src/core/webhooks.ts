/**
 * Outbound webhook rules (SPEC §16): Standard Webhooks signatures, which messages an endpoint takes, and
 * what happens after an attempt (retry with backoff, give up, or disable the endpoint).
 */
import { createHmac, randomBytes } from 'node:crypto';

export const SECRET_PREFIX = 'whsec_';

/** A new signing secret: `whsec_` + base64 of 24 random bytes (192 bits). */
export function newWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(24).toString('base64');
}

/** The HMAC key of a secret: the bytes the base64 after the prefix stands for. */
function signingKey(secret: string): Buffer {
  return Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
}

/** The Standard Webhooks headers of one attempt. `timestamp` is in whole Unix seconds. */
export function signedHeaders(secret: string, messageId: string, timestamp: number, body: string): Record<string, string> {
  const signature = createHmac('sha256', signingKey(secret)).update(`${messageId}.${timestamp}.${body}`).digest('base64');
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': `v1,${signature}`,
  };
}

/** True when an endpoint subscribed to `events` takes a message of `type`. */
export function endpointTakes(events: readonly string[], type: string): boolean {
  return events.includes('*') || events.includes(type);
}

/** SPEC §16: about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h between attempts; then the delivery fails. */
export const DEFAULT_RETRY_SCHEDULE_SECONDS: readonly number[] = [5, 300, 1800, 7200, 18_000, 36_000, 36_000];

export type AttemptOutcome = 'succeeded' | 'failed' | 'timeout' | 'refused' | 'error';

export type DeliveryNext =
  | { status: 'SUCCEEDED' }
  | { status: 'PENDING'; nextAttemptAt: Date }
  | { status: 'FAILED'; disableEndpoint: boolean };

/**
 * What follows attempt number `attempt` (1 for the first): a 2xx succeeds; 410 Gone fails the delivery and
 * disables the endpoint; anything else is retried after the schedule's wait for that attempt, and once the
 * schedule is spent the delivery fails.
 */
export function afterAttempt(
  result: { outcome: AttemptOutcome; statusCode: number | null },
  attempt: number,
  now: Date,
  schedule: readonly number[] = DEFAULT_RETRY_SCHEDULE_SECONDS,
): DeliveryNext {
  if (result.outcome === 'succeeded') return { status: 'SUCCEEDED' };
  if (result.statusCode === 410) return { status: 'FAILED', disableEndpoint: true };
  const wait = schedule[attempt - 1];
  if (wait === undefined) return { status: 'FAILED', disableEndpoint: false };
  return { status: 'PENDING', nextAttemptAt: new Date(now.getTime() + wait * 1000) };
}

/** The outcome of a receiver's HTTP status. */
export function outcomeOfStatus(statusCode: number): AttemptOutcome {
  return statusCode >= 200 && statusCode < 300 ? 'succeeded' : 'failed';
}
