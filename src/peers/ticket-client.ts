/**
 * TicketClient over the Ticket service's /internal/v1 routes (SPEC §9). Translates the refusals our code
 * must act on into our errors; any other 4xx surfaces as PeerHttpError (a bug on our side, not the peer's).
 */
import { Type } from '@sinclair/typebox';
import { CheckoutRejected, InvalidState, SoldOut } from '../errors.js';
import {
  CommitResponse,
  ReleaseHoldsResponse,
  Reservation,
  ReservationGone,
  TicketStateList,
  TicketTypeList,
  type HoldReleaseOutcome,
  type PeerCallContext,
  type TicketClient,
} from './contract.js';
import { batchWithFallback } from './batch-calls.js';
import { PeerHttpError, type PeerHttp } from './resilient-http.js';

/** Answers whose body we do not read (204, or a summary we have no use for). */
const IgnoredBody = Type.Unknown();

function rethrowAs(error: unknown, mapping: (refusal: PeerHttpError) => Error | undefined): never {
  if (error instanceof PeerHttpError) throw mapping(error) ?? error;
  throw error;
}

export function createTicketClient(http: PeerHttp): TicketClient {
  /** DELETE /internal/v1/reservations/:id: 'unknown' when the peer answers 404; a committed hold is InvalidState. */
  async function releaseOne(reservationId: string, ctx: PeerCallContext): Promise<'released' | 'unknown'> {
    try {
      const answer = await http.request({
        method: 'DELETE',
        path: `/internal/v1/reservations/${encodeURIComponent(reservationId)}`,
        idempotent: true,
        ctx,
        schema: IgnoredBody,
        accept404: true,
      });
      return answer === null ? 'unknown' : 'released';
    } catch (error) {
      rethrowAs(error, (refusal) =>
        refusal.status === 409 ? new InvalidState(refusal.detail || `reservation ${reservationId} cannot be released`) : undefined,
      );
    }
  }

  const releaseMany = batchWithFallback<HoldReleaseOutcome>({
    async batch(reservationIds, ctx) {
      const { results } = await http.request({
        method: 'POST',
        path: '/internal/v1/tickets/holds/release',
        body: { reservationIds },
        idempotent: true,
        ctx,
        schema: ReleaseHoldsResponse,
      });
      return results.map(({ reservationId, outcome }) => ({ id: reservationId, outcome }));
    },
    async single(reservationId, ctx) {
      try {
        return await releaseOne(reservationId, ctx);
      } catch (error) {
        if (error instanceof InvalidState) return 'committed';
        throw error;
      }
    },
  });

  return {
    listTicketTypes(eventId, ctx) {
      return http.request({
        method: 'GET',
        path: `/internal/v1/events/${encodeURIComponent(eventId)}/ticket-types`,
        idempotent: true,
        ctx,
        schema: TicketTypeList,
      });
    },

    /**
     * Safe to retry: the Ticket service answers the existing reservation for a known reservationId. Posting a
     * known id again with a later expiresAt extends a live hold. The answer can be RELEASED when the hold
     * under that id already expired or was released: callers check `status`.
     */
    async reserve(request, ctx) {
      try {
        return await http.request({ method: 'POST', path: '/internal/v1/reservations', body: request, idempotent: true, ctx, schema: Reservation });
      } catch (error) {
        rethrowAs(error, (refusal) => {
          if (refusal.code === 'SOLD_OUT') return new SoldOut(refusal.detail || 'Not enough tickets are available');
          if (refusal.status === 404) return new CheckoutRejected('UNKNOWN_TICKET_TYPE', refusal.detail || 'The Ticket service does not know these ticket types');
          return undefined;
        });
      }
    },

    async commit(reservationId, request, ctx) {
      try {
        const response = await http.request({
          method: 'POST',
          path: `/internal/v1/reservations/${encodeURIComponent(reservationId)}/commit`,
          body: request,
          idempotent: true,
          ctx,
          schema: CommitResponse,
        });
        return response.tickets;
      } catch (error) {
        rethrowAs(error, (refusal) =>
          // An unknown reservation cannot be committed either: for the caller both mean "the hold is gone".
          refusal.code === 'RESERVATION_GONE' || refusal.status === 404 ? new ReservationGone(reservationId) : undefined,
        );
      }
    },

    async release(reservationId, ctx) {
      await releaseOne(reservationId, ctx);
    },

    releaseMany,

    orderTickets(orderId, ctx) {
      return http.request({
        method: 'GET',
        path: `/internal/v1/orders/${encodeURIComponent(orderId)}/tickets`,
        idempotent: true,
        ctx,
        schema: TicketStateList,
      });
    },

    async releaseTickets(ticketIds, ctx) {
      await http.request({ method: 'POST', path: '/internal/v1/tickets/release', body: { ticketIds }, idempotent: true, ctx, schema: IgnoredBody });
    },

    async voidTickets(ticketIds, ctx) {
      await http.request({ method: 'POST', path: '/internal/v1/tickets/void', body: { ticketIds }, idempotent: true, ctx, schema: IgnoredBody });
    },
  };
}
