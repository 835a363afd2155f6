/** HTTP of the refund policies (SPEC §6): admin management, and the effective policy for anyone signed in. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { principalOf } from '../../http/auth.js';
import { IdParams, IdempotencyHeaders, problemResponses } from '../../http/common-schemas.js';
import {
  EffectivePolicyResponse,
  EffectiveQuery,
  ListPoliciesQuery,
  PolicyVersionQuery,
  RefundPolicyBody,
  RefundPolicyListResponse,
  RefundPolicyResponse,
  RefundPolicyVersionsResponse,
  toEffectiveResponse,
  toPolicyResponse,
} from './schemas.js';
import type { RefundPolicyService } from './service.js';
import { BEARER, routeDefaults } from '../../http/route-plugin.js';

const ADMIN = { kind: 'user', roles: ['admin'] } as const;

/** The refund-policies area's routes, under /api/v1/refund-policy. */
export async function refundPolicyRoutes(parent: FastifyInstance, services: { refundPolicies: RefundPolicyService }): Promise<void> {
  await parent.register((scope) => policyScope(scope, services.refundPolicies), { prefix: '/api/v1/refund-policy' });
}

async function policyScope(scope: FastifyInstance, policies: RefundPolicyService): Promise<void> {
  routeDefaults(scope, { tags: ['refund policies'], security: BEARER });
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '',
    {
      config: { auth: ADMIN, idempotent: true },
      schema: {
        summary: 'Create a refund policy (version 1)',
        headers: IdempotencyHeaders,
        body: RefundPolicyBody,
        response: { 201: RefundPolicyResponse, ...problemResponses(403, 409, 422, 503) },
      },
    },
    async (request, reply) => reply.code(201).send(toPolicyResponse(await policies.create(principalOf(request), request.body))),
  );

  app.get(
    '',
    {
      config: { auth: ADMIN },
      schema: {
        summary: 'Refund policies at their current version, newest first',
        querystring: ListPoliciesQuery,
        response: { 200: RefundPolicyListResponse, ...problemResponses(403) },
      },
    },
    async (request) => {
      const page = await policies.list(principalOf(request), request.query);
      return { data: page.data.map(toPolicyResponse), nextCursor: page.nextCursor };
    },
  );

  app.get(
    `/effective`,
    {
      schema: {
        summary: 'The policy that applies to an event (and ticket type): ticketType > event > tenant > built-in default',
        querystring: EffectiveQuery,
        response: { 200: EffectivePolicyResponse, ...problemResponses() },
      },
    },
    async (request) =>
      toEffectiveResponse(await policies.effective(principalOf(request), request.query.eventId, request.query.ticketTypeId)),
  );

  app.get(
    `/:id`,
    {
      config: { auth: ADMIN },
      schema: {
        summary: 'One refund policy at its current version (or ?version=n)',
        params: IdParams,
        querystring: PolicyVersionQuery,
        response: { 200: RefundPolicyResponse, ...problemResponses(403, 404) },
      },
    },
    async (request) => toPolicyResponse(await policies.get(principalOf(request), request.params.id, request.query.version)),
  );

  app.get(
    `/:id/versions`,
    {
      config: { auth: ADMIN },
      schema: {
        summary: 'Every version of a refund policy, oldest first',
        params: IdParams,
        response: { 200: RefundPolicyVersionsResponse, ...problemResponses(403, 404) },
      },
    },
    async (request) => ({ data: (await policies.versions(principalOf(request), request.params.id)).map(toPolicyResponse) }),
  );

  app.put(
    `/:id`,
    {
      config: { auth: ADMIN },
      schema: {
        summary: 'Edit a refund policy: writes the next version under the same id; orders keep the version they were confirmed under',
        params: IdParams,
        body: RefundPolicyBody,
        response: { 200: RefundPolicyResponse, ...problemResponses(403, 404, 409, 503) },
      },
    },
    async (request) => toPolicyResponse(await policies.update(principalOf(request), request.params.id, request.body)),
  );

  app.delete(
    `/:id`,
    {
      config: { auth: ADMIN },
      schema: {
        summary: 'Deactivate a refund policy (its versions are kept)',
        params: IdParams,
        response: { 200: RefundPolicyResponse, ...problemResponses(403, 404) },
      },
    },
    async (request) => toPolicyResponse(await policies.deactivate(principalOf(request), request.params.id)),
  );
}
