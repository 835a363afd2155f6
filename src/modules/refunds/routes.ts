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
  toEligibilityResponse,
  toRefundResponse,
} from './schemas.js';
import type { RefundService } from './service.js';

export function registerRefundRoutes(parent: FastifyInstance, refunds: RefundService): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['refunds'];
  const security = [{ bearerAuth: [] }];

  app.get(
    '/api/v1/orders/:id/refund-eligibility',
    {
      schema: {
        tags,
        security,
        summary: 'What the order could be refunded now, under which policy rule, and why not',
        params: IdParams,
        response: { 200: EligibilityResponse, ...problemResponses(404, 503) },
      },
    },
    async (request) => toEligibilityResponse(await refunds.eligibility(principalOf(request), request.params.id)),
  );

  app.post(
    '/api/v1/orders/:id/refunds',
    {
      config: { auth: { kind: 'user' }, rateLimit: RATE_LIMITS.refund, idempotent: true },
      schema: {
        tags,
        security,
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
    '/api/v1/orders/:id/refunds',
    {
      schema: {
        tags,
        security,
        summary: 'The refunds of an order, oldest first',
        params: IdParams,
        response: { 200: RefundListResponse, ...problemResponses(404) },
      },
    },
    async (request) => ({ data: (await refunds.list(principalOf(request), request.params.id)).map(toRefundResponse), nextCursor: null }),
  );

  app.get(
    '/api/v1/orders/:id/refunds/:refundId',
    {
      schema: { tags, security, summary: 'One refund of an order', params: RefundParams, response: { 200: RefundResponse, ...problemResponses(404) } },
    },
    async (request) => toRefundResponse(await refunds.get(principalOf(request), request.params.id, request.params.refundId)),
  );

  app.post(
    '/api/v1/orders/:id/refunds/:refundId/approve',
    {
      config: { auth: { kind: 'user', roles: ['admin'] }, idempotent: true },
      schema: {
        tags,
        security,
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
    '/api/v1/orders/:id/refunds/:refundId/reject',
    {
      config: { auth: { kind: 'user', roles: ['admin'] }, idempotent: true },
      schema: {
        tags,
        security,
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
