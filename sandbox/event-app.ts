/** The sandbox Event service (SPEC §9): event details for the order service, plus its /sandbox controls. */
import { randomUUID } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { EventStatus, SandboxEventRequest } from '../src/peers/contract.js';
import { ServiceName } from '../src/http/service-token.js';
import { createSandboxFastify, publishSafely, tenantOf, type PublishMessage, type SandboxAppOptions, type SandboxFastify } from './http.js';

const EventParams = Type.Object({ eventId: Type.String() });
const NullableDateTime = Type.Union([Type.String({ format: 'date-time' }), Type.Null()]);
const EventChanges = Type.Object(
  {
    startsAt: Type.Optional(Type.String({ format: 'date-time' })),
    endsAt: Type.Optional(NullableDateTime),
    salesStartAt: Type.Optional(NullableDateTime),
    salesEndAt: Type.Optional(NullableDateTime),
    status: Type.Optional(EventStatus),
  },
  { additionalProperties: false },
);
/** The cancel body is optional, so it is checked by hand rather than by a route schema that would demand one. */
const CancelEventBody = Type.Object({ reason: Type.String() });

export interface EventAppOptions extends SandboxAppOptions {
  publish?: PublishMessage;
}

export function buildEventApp(options: EventAppOptions): SandboxFastify {
  const app = createSandboxFastify('event', options);
  const { state } = options;

  app.get('/internal/v1/events/:eventId', { schema: { params: EventParams } }, async (request) =>
    state.events.getEvent(request.params.eventId, tenantOf(request)),
  );

  app.post('/sandbox/events', { schema: { body: SandboxEventRequest } }, async (request, reply) =>
    reply.code(201).send(state.events.createEvent(request.body)),
  );

  app.get('/sandbox/events/:eventId', { schema: { params: EventParams } }, async (request) => state.events.getSandboxEvent(request.params.eventId));

  app.patch('/sandbox/events/:eventId', { schema: { params: EventParams, body: EventChanges } }, async (request) =>
    state.events.updateEvent(request.params.eventId, request.body),
  );

  app.post('/sandbox/events/:eventId/cancel', { schema: { params: EventParams } }, async (request) => {
    const event = state.events.cancelEvent(request.params.eventId);
    const reason = Value.Check(CancelEventBody, request.body) ? request.body.reason : 'cancelled by the organizer';
    const published = await publishSafely(options.publish, {
      id: randomUUID(),
      source: ServiceName.event,
      type: 'event.cancelled',
      time: new Date(state.now()).toISOString(),
      tenantId: event.tenantId,
      data: { eventId: event.id, reason },
    });
    return { event, published };
  });

  return app;
}
