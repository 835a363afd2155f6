/**
 * Event details change rarely and are read on every checkout: keep them in the shared cache for a short
 * while. A cache failure falls through to the Event service.
 */
import type { KeyValueStore } from '../kv/key-value.js';
import type { EventClient, PeerEvent } from './contract.js';

const cacheKey = (tenantId: string, eventId: string) => `event:${tenantId}:${eventId}`;

/** Drops a cached event at once (event.cancelled), rather than letting checkouts see it on sale for up to the TTL. */
export async function forgetCachedEvent(cache: KeyValueStore, tenantId: string, eventId: string): Promise<void> {
  await cache.delete(cacheKey(tenantId, eventId));
}

export function cachedEventClient(inner: EventClient, cache: KeyValueStore, ttlSeconds = 30): EventClient {
  return {
    async getEvent(eventId, ctx) {
      const key = cacheKey(ctx.tenantId, eventId);
      const cached = await cache.get(key).catch(() => null);
      if (cached) return JSON.parse(cached) as PeerEvent;
      const event = await inner.getEvent(eventId, ctx);
      if (event) await cache.set(key, JSON.stringify(event), ttlSeconds).catch(() => undefined);
      return event;
    },
  };
}
