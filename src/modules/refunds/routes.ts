/** HTTP of refunds (SPEC §5 routes, §6): parse, authorize, call one use case, serialize. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { principalOf } from '../../http/auth.js';
import { IdParams, IdempotencyHeaders, problemResponses } from '../../http/common-schemas.js';
import { RATE_LIMITS } from '../../http/rate-limit.js';
import {
  ApproveBody,
  EligibilityResponse,
  RefundBody,
  RefundListResponse,
  RefundParams,
  RefundResponse,
  RejectBody,
  TenantRefundListResponse,
  TenantRefundsQuery,
  toEligibilityResponse,
  toRefundResponse,
} from './schemas.js';
import type { RefundService } from './service.js';
import { BEARER, routeDefaults } from '../../http/route-plugin.js';

/** The refunds area's routes, under the order they refund: /api/v1/orders/:id. */
export async function refundRoutes(parent: FastifyInstance, services: { refunds: RefundService }): Promise<void> {
  await parent.register((scope) => refundScope(scope, services.refunds), { prefix: '/api/v1/orders/:id' });
  await parent.register((scope) => tenantRefundScope(scope, services.refunds), { prefix: '/api/v1/refunds' });
}

/** The tenant's refunds across its orders, for its staff: the review queue is `?status=PENDING_REVIEW`. */
async function tenantRefundScope(scope: FastifyInstance, refunds: RefundService): Promise<void> {
  routeDefaults(scope, { tags: ['refunds'], security: BEARER });
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '',
    {
      config: { auth: { kind: 'user', roles: ['support', 'admin'] } },
      schema: {
        summary: "The tenant's refunds, newest first (staff); ?status=PENDING_REVIEW is the review queue",
        querystring: TenantRefundsQuery,
        response: { 200: TenantRefundListResponse, ...problemResponses(403) },
      },
    },
    async (request) => {
      const page = await refunds.listForTenant(principalOf(request), request.query);
      return { data: page.data.map(toRefundResponse), nextCursor: page.nextCursor };
    },
  );
}

async function refundScope(scope: FastifyInstance, refunds: RefundService): Promise<void> {
  routeDefaults(scope, { tags: ['refunds'], security: BEARER });
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/refund-eligibility',
    {
      schema: {
        summary: 'What the order could be refunded now, under which policy rule, and why not',
        params: IdParams,
        response: { 200: EligibilityResponse, ...problemResponses(404, 503) },
      },
    },
    async (request) => toEligibilityResponse(await refunds.eligibility(principalOf(request), request.params.id)),
  );

  app.post(
    '/refunds',
    {
      config: { auth: { kind: 'user' }, rateLimit: RATE_LIMITS.refund, idempotent: true },
      schema: {
        summary: 'Request a refund: the full refundable amount, an amount, or items (admin: override with a reason)',
        params: IdParams,
        headers: IdempotencyHeaders,
        body: RefundBody,
        response: { 201: RefundResponse, ...problemResponses(403, 404, 409, 422, 429, 503) },
      },
    },
    async (request, reply) => {
      const refund = await refunds.request(principalOf(request), request.params.id, request.body, request.idempotency?.key ?? null);
      return reply.code(201).send(toRefundResponse(refund));
    },
  );

  app.get(
    '/refunds',
    {
      schema: {
        summary: 'The refunds of an order, oldest first',
        params: IdParams,
        response: { 200: RefundListResponse, ...problemResponses(404) },
      },
    },
    async (request) => ({ data: (await refunds.list(principalOf(request), request.params.id)).map(toRefundResponse), nextCursor: null }),
  );

  app.get(
    '/refunds/:refundId',
    {
      schema: { summary: 'One refund of an order', params: RefundParams, response: { 200: RefundResponse, ...problemResponses(404) } },
    },
    async (request) => toRefundResponse(await refunds.get(principalOf(request), request.params.id, request.params.refundId)),
  );

  app.post(
    '/refunds/:refundId/approve',
    {
      config: { auth: { kind: 'user', roles: ['admin'] }, idempotent: true },
      schema: {
        summary: 'Admin: approve a refund in review; it goes to the Payment service',
        params: RefundParams,
        headers: IdempotencyHeaders,
        body: ApproveBody,
        response: { 200: RefundResponse, ...problemResponses(403, 404, 409, 503) },
      },
    },
    async (request) =>
      toRefundResponse(await refunds.approve(principalOf(request), request.params.id, request.params.refundId, request.body?.note)),
  );

  app.post(
    '/refunds/:refundId/reject',
    {
      config: { auth: { kind: 'user', roles: ['admin'] }, idempotent: true },
      schema: {
        summary: 'Admin: reject a refund in review',
        params: RefundParams,
        headers: IdempotencyHeaders,
        body: RejectBody,
        response: { 200: RefundResponse, ...problemResponses(403, 404, 409) },
      },
    },
    async (request) =>
      toRefundResponse(await refunds.reject(principalOf(request), request.params.id, request.params.refundId, request.body.reason)),
  );
}
