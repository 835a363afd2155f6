/** EventClient over the Event service's /internal/v1 routes (SPEC §9). */
import { PeerEvent, type EventClient } from './contract.js';
import type { PeerHttp } from './resilient-http.js';

export function createEventClient(http: PeerHttp): EventClient {
  return {
    getEvent(eventId, ctx) {
      return http.request({
        method: 'GET',
        path: `/internal/v1/events/${encodeURIComponent(eventId)}`,
        idempotent: true,
        ctx,
        schema: PeerEvent,
        // Unknown, or another tenant's: the Event service answers 404 for both, and so do we (as null).
        accept404: true,
      });
    },
  };
}
