/**
 * TicketClient over the Ticket service's /internal/v1 routes (SPEC §9). Translates the refusals our code
 * must act on into our errors; any other 4xx surfaces as PeerHttpError (a bug on our side, not the peer's).
 */
import { Type } from '@sinclair/typebox';
import { CheckoutRejected, InvalidState, SoldOut } from '../errors.js';
import {
  CommitResponse,
  Reservation,
  ReservationGone,
  TicketStateList,
  TicketTypeList,
  type TicketClient,
} from './contract.js';
import { PeerHttpError, type PeerHttp } from './resilient-http.js';

/** Answers whose body we do not read (204, or a summary we have no use for). */
const IgnoredBody = Type.Unknown();

function rethrowAs(error: unknown, mapping: (refusal: PeerHttpError) => Error | undefined): never {
  if (error instanceof PeerHttpError) throw mapping(error) ?? error;
  throw error;
}

export function createTicketClient(http: PeerHttp): TicketClient {
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
      try {
        await http.request({
          method: 'DELETE',
          path: `/internal/v1/reservations/${encodeURIComponent(reservationId)}`,
          idempotent: true,
          ctx,
          schema: IgnoredBody,
          accept404: true,
        });
      } catch (error) {
        rethrowAs(error, (refusal) =>
          refusal.status === 409 ? new InvalidState(refusal.detail || `reservation ${reservationId} cannot be released`) : undefined,
        );
      }
    },

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
