/** Internal routes of event cancellation: start the job, watch its progress. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { IdParams, PaginationQuery, UuidParam, problemResponses } from '../../http/common-schemas.js';
import { principalOf } from '../../http/auth.js';
import { ServiceName } from '../../http/service-token.js';
import type { CancellationJob } from './repository.js';
import type { EventCancellationService } from './service.js';
import { BEARER, routeDefaults } from '../../http/route-plugin.js';

const JobResponse = Type.Object({
  id: Type.Union([Type.String(), Type.Null()]),
  type: Type.Literal('event.cancel-orders'),
  eventId: Type.String(),
  status: Type.Union([Type.Literal('RUNNING'), Type.Literal('COMPLETED')]),
  progress: Type.Object({ total: Type.Integer(), processed: Type.Integer(), succeeded: Type.Integer(), failed: Type.Integer() }),
  failures: Type.Array(
    Type.Object({
      orderId: Type.String(),
      code: Type.String(),
      detail: Type.String(),
      attempts: Type.Optional(Type.Integer({ description: 'how many times the order was tried' })),
      lastAttemptAt: Type.Optional(Type.String({ format: 'date-time' })),
    }),
    { description: 'orders the job could not settle yet; each is tried again every minute until it goes through' },
  ),
  retryAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'when the failures are tried again' }),
  createdAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  completedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

function toJobResponse(job: CancellationJob) {
  return {
    id: job.id,
    type: 'event.cancel-orders' as const,
    eventId: job.eventId,
    status: job.status,
    progress: { total: job.total, processed: job.processed, succeeded: job.succeeded, failed: job.failed },
    failures: job.failures,
    retryAt: job.retryAt?.toISOString() ?? null,
    createdAt: job.createdAt.toISOString(),
    completedAt: job.completedAt?.toISOString() ?? null,
  };
}

/** The event-cancellation area's routes (service to service), under /internal/v1. */
export async function eventCancellationRoutes(parent: FastifyInstance, services: { eventCancellation: EventCancellationService }): Promise<void> {
  await parent.register((scope) => cancellationScope(scope, services.eventCancellation), { prefix: '/internal/v1' });
  await parent.register((scope) => staffScope(scope, services.eventCancellation), { prefix: '/api/v1/event-cancellations' });
}

const JobListResponse = Type.Object({ data: Type.Array(JobResponse), nextCursor: Type.Union([Type.String(), Type.Null()]) });

/** The tenant's staff follow the jobs' progress on the public API (the admin console). */
async function staffScope(scope: FastifyInstance, service: EventCancellationService): Promise<void> {
  routeDefaults(scope, { tags: ['event-cancellation'], security: BEARER });
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '',
    {
      config: { auth: { kind: 'user', roles: ['support', 'admin'] } },
      schema: {
        summary: "The tenant's event-cancellation jobs with their progress and failures, newest first (staff)",
        querystring: Type.Object({ ...PaginationQuery }, { additionalProperties: false }),
        response: { 200: JobListResponse, ...problemResponses(403) },
      },
    },
    async (request) => {
      const page = await service.listJobs(principalOf(request), request.query);
      return { data: page.data.map(toJobResponse), nextCursor: page.nextCursor };
    },
  );
}

async function cancellationScope(scope: FastifyInstance, service: EventCancellationService): Promise<void> {
  routeDefaults(scope, { tags: ['internal'], security: BEARER });
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/events/:eventId/cancel-orders',
    {
      config: { auth: { kind: 'service', services: [ServiceName.event] } },
      schema: {
        summary: 'The event was cancelled: cancel its live orders and refund its paid ones in full, as a resumable job',
        params: Type.Object({ eventId: UuidParam }, { additionalProperties: false }),
        body: Type.Object(
          { reason: Type.String({ minLength: 1, maxLength: 500 }), tenantId: Type.Optional(UuidParam) },
          { additionalProperties: false },
        ),
        response: { 202: JobResponse, ...problemResponses(403) },
      },
    },
    async (request, reply) => {
      const job = await service.start(request.params.eventId, request.body.reason, request.body.tenantId);
      if (job) return reply.code(202).send(toJobResponse(job));
      // No order of this event exists here: nothing to cancel, and no job to watch.
      return reply.code(202).send({
        id: null,
        type: 'event.cancel-orders' as const,
        eventId: request.params.eventId,
        status: 'COMPLETED' as const,
        progress: { total: 0, processed: 0, succeeded: 0, failed: 0 },
        failures: [],
        retryAt: null,
        createdAt: null,
        completedAt: null,
      });
    },
  );

  app.get(
    '/jobs/:id',
    {
      config: { auth: { kind: 'service', services: [ServiceName.event, ServiceName.scheduler] } },
      schema: { summary: 'Progress and per-order failures of a job', params: IdParams, response: { 200: JobResponse, ...problemResponses(403, 404) } },
    },
    async (request) => toJobResponse(await service.getJob(request.params.id)),
  );
}
