/** HTTP of order changes (SPEC §13), under the order they change: parse, authorize, call one use case, serialize. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { principalOf } from '../../http/auth.js';
import { IdParams, IdempotencyHeaders, problemResponses } from '../../http/common-schemas.js';
import { RATE_LIMITS } from '../../http/rate-limit.js';
import { BEARER, routeDefaults } from '../../http/route-plugin.js';
import { ChangeBody, ChangeListResponse, ChangeParams, ChangeResponse, ChangeSettingsBody, QuoteResponse, toChangeResponse, toQuoteResponse } from './schemas.js';
import type { ChangeService } from './service.js';

export async function changeRoutes(parent: FastifyInstance, services: { changes: ChangeService }): Promise<void> {
  await parent.register((scope) => changeScope(scope, services.changes), { prefix: '/api/v1/orders/:id/changes' });
  await parent.register((scope) => settingsScope(scope, services.changes), { prefix: '/api/v1/change-settings' });
}

async function changeScope(scope: FastifyInstance, changes: ChangeService): Promise<void> {
  routeDefaults(scope, { tags: ['changes'], security: BEARER });
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/quote',
    {
      schema: {
        summary: 'What a change would do (prices, credit, delta, the order after it); stores nothing',
        params: IdParams,
        body: ChangeBody,
        response: { 200: QuoteResponse, ...problemResponses(404, 409, 422, 503) },
      },
    },
    async (request) => toQuoteResponse(await changes.quote(principalOf(request), request.params.id, request.body)),
  );

  app.post(
    '',
    {
      config: { auth: { kind: 'user' }, rateLimit: RATE_LIMITS.changeOrder, idempotent: true },
      schema: {
        summary: 'Change a paid order: add, remove or swap tickets; a positive delta is paid through its own payment intent',
        params: IdParams,
        headers: IdempotencyHeaders,
        body: ChangeBody,
        response: { 201: ChangeResponse, ...problemResponses(404, 409, 422, 429, 503) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const change = await changes.create(principal, request.params.id, request.body, request.idempotency?.key ?? null);
      return reply.code(201).send(toChangeResponse(change, change.requestedBy.id === principal.userId));
    },
  );

  app.get(
    '',
    {
      schema: { summary: 'The changes of an order, oldest first', params: IdParams, response: { 200: ChangeListResponse, ...problemResponses(404) } },
    },
    async (request) => {
      const principal = principalOf(request);
      const list = await changes.list(principal, request.params.id);
      return { data: list.map((change) => toChangeResponse(change, change.requestedBy.id === principal.userId)), nextCursor: null };
    },
  );

  app.get(
    '/:changeId',
    { schema: { summary: 'One change of an order', params: ChangeParams, response: { 200: ChangeResponse, ...problemResponses(404) } } },
    async (request) => {
      const principal = principalOf(request);
      const change = await changes.get(principal, request.params.id, request.params.changeId);
      return toChangeResponse(change, change.requestedBy.id === principal.userId);
    },
  );
}

async function settingsScope(scope: FastifyInstance, changes: ChangeService): Promise<void> {
  routeDefaults(scope, { tags: ['changes'], security: BEARER });
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const adminOnly = { auth: { kind: 'user', roles: ['admin'] } } as const;
  app.get(
    '',
    { config: adminOnly, schema: { summary: "The tenant's order change settings", response: { 200: ChangeSettingsBody, ...problemResponses(403) } } },
    async (request) => changes.settings(principalOf(request)),
  );
  app.put(
    '',
    {
      config: adminOnly,
      schema: { summary: "Sets the tenant's change fee", body: ChangeSettingsBody, response: { 200: ChangeSettingsBody, ...problemResponses(403) } },
    },
    async (request) => changes.updateSettings(principalOf(request), request.body),
  );
}
