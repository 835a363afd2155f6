/**
 * HTTP of the outbound webhooks (SPEC §16): one plugin under /api/v1/webhook-endpoints, for admins. The
 * signing secret is in the create answer only.
 */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { principalOf } from '../../http/auth.js';
import { IdParams, PaginationQuery, UuidParam, problemResponses } from '../../http/common-schemas.js';
import { BEARER, routeDefaults } from '../../http/route-plugin.js';
import type { WebhookDelivery, WebhookEndpoint } from './model.js';
import type { WebhookService } from './service.js';

export const WEBHOOKS_PREFIX = '/api/v1/webhook-endpoints';

const Timestamp = Type.String({ format: 'date-time' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const WebhookEndpointBody = Type.Object(
  {
    url: Type.String({ minLength: 1, maxLength: 2048, description: 'https URL of a public host (http and private addresses only with WEBHOOK_ALLOW_PRIVATE_URLS=true)' }),
    events: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), {
      minItems: 1,
      maxItems: 20,
      description: 'message types of SPEC §10 (e.g. "order.confirmed"), or ["*"] for every one',
    }),
    description: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
    enabled: Type.Optional(Type.Boolean({ description: 'default true' })),
  },
  { additionalProperties: false },
);
export type WebhookEndpointBody = Static<typeof WebhookEndpointBody>;

const EndpointResponse = Type.Object({
  id: Type.String(),
  url: Type.String(),
  events: Type.Array(Type.String()),
  description: Nullable(Type.String()),
  enabled: Type.Boolean(),
  disabledReason: Nullable(Type.String({ description: '"gone" when the receiver answered 410 and the service disabled the endpoint' })),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
type EndpointResponse = Static<typeof EndpointResponse>;

const CreatedEndpointResponse = Type.Intersect([
  EndpointResponse,
  Type.Object({ secret: Type.String({ description: 'The signing secret (whsec_ + base64): shown in this answer only' }) }),
]);

const AttemptResponse = Type.Object({
  attempt: Type.Integer(),
  startedAt: Timestamp,
  durationMs: Type.Integer(),
  statusCode: Nullable(Type.Integer()),
  outcome: Type.Union(['succeeded', 'failed', 'timeout', 'refused', 'error'].map((value) => Type.Literal(value))),
  error: Nullable(Type.String()),
});

const DeliveryStatusSchema = Type.Union([Type.Literal('PENDING'), Type.Literal('SUCCEEDED'), Type.Literal('FAILED')]);

const DeliveryResponse = Type.Object({
  id: Type.String(),
  endpointId: Type.String(),
  messageId: Type.String({ description: 'The CloudEvent id, sent as webhook-id (the same on every attempt)' }),
  type: Type.String(),
  status: DeliveryStatusSchema,
  nextAttemptAt: Nullable(Timestamp),
  lastStatusCode: Nullable(Type.Integer()),
  attempts: Type.Array(AttemptResponse),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
type DeliveryResponse = Static<typeof DeliveryResponse>;

function toEndpointResponse(endpoint: WebhookEndpoint): EndpointResponse {
  return {
    id: endpoint.id,
    url: endpoint.url,
    events: [...endpoint.events],
    description: endpoint.description,
    enabled: endpoint.enabled,
    disabledReason: endpoint.disabledReason,
    createdAt: endpoint.createdAt.toISOString(),
    updatedAt: endpoint.updatedAt.toISOString(),
  };
}

function toDeliveryResponse(delivery: WebhookDelivery): DeliveryResponse {
  return {
    id: delivery.id,
    endpointId: delivery.endpointId,
    messageId: delivery.messageId,
    type: delivery.type,
    status: delivery.status,
    nextAttemptAt: delivery.nextAttemptAt?.toISOString() ?? null,
    lastStatusCode: delivery.lastStatusCode,
    attempts: delivery.attempts.map((attempt) => ({ ...attempt, startedAt: attempt.startedAt.toISOString() })),
    createdAt: delivery.createdAt.toISOString(),
    updatedAt: delivery.updatedAt.toISOString(),
  };
}

const ADMIN = { kind: 'user', roles: ['admin'] } as const;

export async function webhookRoutes(parent: FastifyInstance, services: { webhooks: WebhookService }): Promise<void> {
  await parent.register((scope) => webhookScope(scope, services.webhooks), { prefix: WEBHOOKS_PREFIX });
}

async function webhookScope(scope: FastifyInstance, webhooks: WebhookService): Promise<void> {
  routeDefaults(scope, { tags: ['webhook endpoints'], security: BEARER });
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const DeliveryParams = Type.Object({ id: UuidParam, deliveryId: UuidParam }, { additionalProperties: false });

  app.post(
    '',
    {
      config: { auth: ADMIN },
      schema: {
        summary: 'Create a webhook endpoint; the answer holds its signing secret, shown this once',
        body: WebhookEndpointBody,
        response: { 201: CreatedEndpointResponse, ...problemResponses(403) },
      },
    },
    async (request, reply) => {
      const { endpoint, secret } = await webhooks.create(principalOf(request), request.body);
      return reply.code(201).send({ ...toEndpointResponse(endpoint), secret });
    },
  );

  app.get(
    '',
    {
      config: { auth: ADMIN },
      schema: {
        summary: 'Webhook endpoints, newest first',
        querystring: Type.Object(PaginationQuery, { additionalProperties: false }),
        response: { 200: Type.Object({ data: Type.Array(EndpointResponse), nextCursor: Nullable(Type.String()) }), ...problemResponses(403) },
      },
    },
    async (request) => {
      const page = await webhooks.list(principalOf(request), request.query);
      return { data: page.data.map(toEndpointResponse), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/:id',
    { config: { auth: ADMIN }, schema: { summary: 'One webhook endpoint', params: IdParams, response: { 200: EndpointResponse, ...problemResponses(403, 404) } } },
    async (request) => toEndpointResponse(await webhooks.get(principalOf(request), request.params.id)),
  );

  app.put(
    '/:id',
    {
      config: { auth: ADMIN },
      schema: {
        summary: 'Replace a webhook endpoint (enabling it again clears the reason it was disabled); the secret stays',
        params: IdParams,
        body: WebhookEndpointBody,
        response: { 200: EndpointResponse, ...problemResponses(403, 404) },
      },
    },
    async (request) => toEndpointResponse(await webhooks.update(principalOf(request), request.params.id, request.body)),
  );

  app.delete(
    '/:id',
    {
      config: { auth: ADMIN },
      schema: { summary: 'Delete a webhook endpoint and its delivery log', params: IdParams, response: { 204: Type.Null(), ...problemResponses(403, 404) } },
    },
    async (request, reply) => {
      await webhooks.remove(principalOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/:id/deliveries',
    {
      config: { auth: ADMIN },
      schema: {
        summary: 'The delivery log of an endpoint, newest first: each delivery with every attempt (outcome, status code, duration)',
        params: IdParams,
        querystring: Type.Object({ ...PaginationQuery, status: Type.Optional(DeliveryStatusSchema) }, { additionalProperties: false }),
        response: { 200: Type.Object({ data: Type.Array(DeliveryResponse), nextCursor: Nullable(Type.String()) }), ...problemResponses(403, 404) },
      },
    },
    async (request) => {
      const page = await webhooks.deliveries(principalOf(request), request.params.id, request.query);
      return { data: page.data.map(toDeliveryResponse), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/:id/deliveries/:deliveryId/retry',
    {
      config: { auth: ADMIN },
      schema: {
        summary: 'Send a delivery again now (a failed one gets one more attempt)',
        params: DeliveryParams,
        response: { 202: DeliveryResponse, ...problemResponses(403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(202).send(toDeliveryResponse(await webhooks.retry(principalOf(request), request.params.id, request.params.deliveryId))),
  );

  app.post(
    '/:id/test',
    {
      config: { auth: ADMIN },
      schema: {
        summary: 'Send a signed `ping` message to the endpoint; its outcome appears in the delivery log',
        params: IdParams,
        response: { 202: DeliveryResponse, ...problemResponses(403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(202).send(toDeliveryResponse(await webhooks.ping(principalOf(request), request.params.id))),
  );
}
