/**
 * Per-user rate limits (SPEC §11), counted in the shared key-value store so that every instance sees
 * the same budget. A route opts in with `config.rateLimit`; the hook runs right after authentication, or on a
 * route behind the admission gate right after admission.
 * Routes without a user (webhooks, authenticated by their signature) are limited per client address.
 * If the store is unreachable the request goes through: a limiter outage must not take checkout down.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { RateLimited } from '../errors.js';
import type { KeyValueStore } from '../kv/key-value.js';

export interface RouteRateLimit {
  bucket: string;
  perMinute: number;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    rateLimit?: RouteRateLimit;
  }
}

export const RATE_LIMITS = {
  createOrder: { bucket: 'create-order', perMinute: 10 },
  cancelOrder: { bucket: 'cancel-order', perMinute: 5 },
  extendReservation: { bucket: 'extend-reservation', perMinute: 5 },
  refund: { bucket: 'refund', perMinute: 3 },
  changeOrder: { bucket: 'change-order', perMinute: 10 },
} as const satisfies Record<string, RouteRateLimit>;

export interface RateLimitOptions {
  /** Requests per minute and client address on the routes that carry no user (signature-authenticated webhooks). */
  perAddressPerMinute: number;
}

/** The counter a request is charged to, or null when its route has no limit. */
function counterOf(request: FastifyRequest, options: RateLimitOptions): { key: string; perMinute: number } | null {
  const limit = request.routeOptions.config?.rateLimit;
  const principal = request.principal;
  if (limit && principal) return { key: `rl:${limit.bucket}:${principal.tenantId}:${principal.userId}`, perMinute: limit.perMinute };
  // Nobody is known before the signature is checked: the sender's address is what can be counted.
  if (request.routeOptions.config?.auth?.kind === 'signature') {
    return { key: `rl:address:${request.routeOptions.url ?? 'unmatched'}:${request.ip}`, perMinute: options.perAddressPerMinute };
  }
  return null;
}

/**
 * Register after the admission gate (http/admission.ts): on a route it guards, the request is counted only once
 * admitted, so a client that waits out a 503 OVERLOADED and tries again, as Retry-After asks, does not spend its
 * budget on refusals (during an on-sale rush it would be locked out by 429s for doing the right thing).
 */
export function registerRateLimits(app: FastifyInstance, store: KeyValueStore, options: RateLimitOptions): void {
  const charge = async (request: FastifyRequest) => {
    const counter = counterOf(request, options);
    if (!counter) return;
    let result: { count: number; resetInMs: number };
    try {
      result = await store.hit(counter.key, 60);
    } catch (error) {
      request.log.warn({ err: error }, 'rate limiter unavailable; request let through');
      return;
    }
    if (result.count > counter.perMinute) throw new RateLimited(Math.max(1, Math.ceil(result.resetInMs / 1000)));
  };
  const behindAdmission = (request: FastifyRequest) => request.routeOptions.config?.admission !== undefined;
  app.addHook('onRequest', async (request) => {
    if (!behindAdmission(request)) await charge(request);
  });
  app.addHook('preValidation', async (request) => {
    if (behindAdmission(request)) await charge(request);
  });
}
