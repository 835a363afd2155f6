/**
 * Per-user rate limits (SPEC §11), counted in the shared key-value store so that every instance sees
 * the same budget. A route opts in with `config.rateLimit`; the hook runs right after authentication.
 * If the store is unreachable the request goes through: a limiter outage must not take checkout down.
 */
import type { FastifyInstance } from 'fastify';
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
} as const satisfies Record<string, RouteRateLimit>;

export function registerRateLimits(app: FastifyInstance, store: KeyValueStore): void {
  app.addHook('onRequest', async (request) => {
    const limit = request.routeOptions.config?.rateLimit;
    const principal = request.principal;
    if (!limit || !principal) return;
    const key = `rl:${limit.bucket}:${principal.tenantId}:${principal.userId}`;
    let result: { count: number; resetInMs: number };
    try {
      result = await store.hit(key, 60);
    } catch (error) {
      request.log.warn({ err: error }, 'rate limiter unavailable; request let through');
      return;
    }
    if (result.count > limit.perMinute) throw new RateLimited(Math.max(1, Math.ceil(result.resetInMs / 1000)));
  });
}
