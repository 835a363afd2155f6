/** The sandbox Ticket service (SPEC §9): inventory, holds and tickets, plus its /sandbox controls. */
import { Type } from '@sinclair/typebox';
import { CommitRequest, ReleaseHoldsRequest, ReleaseHoldsResponse, ReservationRequest, TicketIdsRequest } from '../src/peers/contract.js';
import { createSandboxFastify, tenantOf, type SandboxAppOptions, type SandboxFastify } from './http.js';

const ReservationParams = Type.Object({ reservationId: Type.String() });
const TicketParams = Type.Object({ ticketId: Type.String() });

export function buildTicketApp(options: SandboxAppOptions): SandboxFastify {
  const app = createSandboxFastify('ticket', options);
  const { state } = options;

  app.get('/internal/v1/events/:eventId/ticket-types', { schema: { params: Type.Object({ eventId: Type.String() }) } }, async (request) =>
    state.tickets.listTicketTypes(request.params.eventId, tenantOf(request)),
  );

  app.post('/internal/v1/reservations', { schema: { body: ReservationRequest } }, async (request, reply) =>
    reply.code(201).send(state.tickets.reserve(request.body, tenantOf(request))),
  );

  app.post('/internal/v1/reservations/:reservationId/commit', { schema: { params: ReservationParams, body: CommitRequest } }, async (request) => {
    const { orderId, ownerUserId } = request.body;
    return { tickets: state.tickets.commit(request.params.reservationId, tenantOf(request), orderId, ownerUserId) };
  });

  app.delete('/internal/v1/reservations/:reservationId', { schema: { params: ReservationParams } }, async (request, reply) => {
    state.tickets.releaseReservation(request.params.reservationId, tenantOf(request));
    return reply.code(204).send();
  });

  if (options.batchRoutes !== false) {
    app.post('/internal/v1/tickets/holds/release', { schema: { body: ReleaseHoldsRequest, response: { 200: ReleaseHoldsResponse } } }, async (request) => ({
      results: state.tickets.releaseHolds(request.body.reservationIds, tenantOf(request)),
    }));
  }

  app.get('/internal/v1/orders/:orderId/tickets', { schema: { params: Type.Object({ orderId: Type.String() }) } }, async (request) =>
    state.tickets.orderTickets(request.params.orderId, tenantOf(request)),
  );

  app.post('/internal/v1/tickets/release', { schema: { body: TicketIdsRequest } }, async (request) => ({
    released: state.tickets.releaseTickets(request.body.ticketIds, tenantOf(request)),
  }));

  app.post('/internal/v1/tickets/void', { schema: { body: TicketIdsRequest } }, async (request) => ({
    voided: state.tickets.voidTickets(request.body.ticketIds, tenantOf(request)),
  }));

  // Read-only, for drills: which holds a tenant has now (an expired hold shows as RELEASED).
  app.get('/sandbox/ticket-type-counts', { schema: { querystring: Type.Object({ tenantId: Type.String(), eventId: Type.String() }) } }, async (request) =>
    state.tickets.ticketTypeCounts(request.query.eventId, request.query.tenantId),
  );

  app.get('/sandbox/reservations', { schema: { querystring: Type.Object({ tenantId: Type.String() }) } }, async (request) =>
    state.tickets.listReservations(request.query.tenantId),
  );

  app.post(
    '/sandbox/tickets/:ticketId/transfer',
    { schema: { params: TicketParams, body: Type.Object({ toUserId: Type.String({ minLength: 1 }) }) } },
    async (request) => state.tickets.transferTicket(request.params.ticketId, request.body.toUserId),
  );

  app.post('/sandbox/tickets/:ticketId/scan', { schema: { params: TicketParams } }, async (request) => state.tickets.scanTicket(request.params.ticketId));

  return app;
}
