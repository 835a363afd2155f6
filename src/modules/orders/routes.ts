/** HTTP of the orders area: parse, authorize, call one use case, serialize. No rules live here. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { isStaff, principalOf } from '../../http/auth.js';
import { IdParams, IdempotencyHeaders, problemResponses } from '../../http/common-schemas.js';
import { RATE_LIMITS } from '../../http/rate-limit.js';
import { ServiceName } from '../../peers/contract.js';
import type { CheckoutSaga } from './checkout.js';
import type { PaymentConfirmation } from './confirmation.js';
import {
  CancelBody,
  CheckoutBody,
  ConfirmBody,
  ExpiringQuery,
  ExpiringResponse,
  ListOrdersQuery,
  OrderListResponse,
  OrderResponse,
  TimelineResponse,
  toOrderResponse,
  toTimelineResponse,
} from './schemas.js';
import type { OrderService } from './service.js';

export interface OrderRouteServices {
  orders: OrderService;
  checkout: CheckoutSaga;
  confirmation: PaymentConfirmation;
}

export function registerOrderRoutes(parent: FastifyInstance, services: OrderRouteServices): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['orders'];
  const security = [{ bearerAuth: [] }];

  app.post(
    '/api/v1/orders',
    {
      config: { auth: { kind: 'user' }, rateLimit: RATE_LIMITS.createOrder, idempotent: true },
      schema: {
        tags,
        security,
        summary: 'Check out an order: hold the tickets and create the payment intent',
        headers: IdempotencyHeaders,
        body: CheckoutBody,
        response: { 201: OrderResponse, ...problemResponses(404, 409, 422, 429, 503) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const order = await services.checkout.checkout(principal, request.body, request.idempotency?.key ?? null);
      return reply.code(201).send(toOrderResponse(order, order.userId === principal.userId));
    },
  );

  app.get(
    '/api/v1/orders',
    {
      schema: {
        tags,
        security,
        summary: "The caller's orders (staff: the tenant's), newest first",
        querystring: ListOrdersQuery,
        response: { 200: OrderListResponse, ...problemResponses() },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { createdFrom, createdTo, ...rest } = request.query;
      const page = await services.orders.listOrders(principal, {
        ...rest,
        ...(createdFrom ? { createdFrom: new Date(createdFrom) } : {}),
        ...(createdTo ? { createdTo: new Date(createdTo) } : {}),
      });
      return { data: page.data.map((order) => toOrderResponse(order, order.userId === principal.userId)), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/v1/orders/:id',
    {
      schema: { tags, security, summary: 'One order', params: IdParams, response: { 200: OrderResponse, ...problemResponses(404) } },
    },
    async (request) => {
      const principal = principalOf(request);
      const order = await services.orders.getOrder(principal, request.params.id);
      return toOrderResponse(order, order.userId === principal.userId);
    },
  );

  app.post(
    '/api/v1/orders/:id/cancel',
    {
      config: { auth: { kind: 'user' }, rateLimit: RATE_LIMITS.cancelOrder, idempotent: true },
      schema: {
        tags,
        security,
        summary: 'Cancel a PENDING or RESERVED order: release the hold, cancel the payment intent',
        params: IdParams,
        headers: IdempotencyHeaders,
        body: CancelBody,
        response: { 200: OrderResponse, ...problemResponses(404, 409, 429) },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const order = await services.orders.cancel(principal, request.params.id, request.body.reason);
      return toOrderResponse(order, order.userId === principal.userId);
    },
  );

  app.post(
    '/api/v1/orders/:id/reserve',
    {
      config: { auth: { kind: 'user' }, rateLimit: RATE_LIMITS.extendReservation, idempotent: true },
      schema: {
        tags,
        security,
        summary: "Extend a RESERVED order's hold once, by the configured maximum",
        params: IdParams,
        headers: IdempotencyHeaders,
        response: { 200: OrderResponse, ...problemResponses(404, 409, 429, 503) },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const order = await services.orders.extendReservation(principal, request.params.id);
      return toOrderResponse(order, order.userId === principal.userId);
    },
  );

  app.get(
    '/api/v1/orders/:id/events',
    {
      schema: {
        tags,
        security,
        summary: 'The audit timeline of an order',
        params: IdParams,
        response: { 200: TimelineResponse, ...problemResponses(404) },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return toTimelineResponse(await services.orders.timeline(principal, request.params.id), isStaff(principal));
    },
  );

  // ---- service-to-service ----
  const internal = ['internal'];
  app.post(
    '/internal/v1/orders/:id/confirm',
    {
      config: { auth: { kind: 'service', services: [ServiceName.payment] } },
      schema: {
        tags: internal,
        security,
        summary: 'Payment succeeded: commit the hold and confirm the order (idempotent)',
        params: IdParams,
        body: ConfirmBody,
        response: { 200: OrderResponse, ...problemResponses(403, 404, 409, 503) },
      },
    },
    async (request) => {
      const order = await services.confirmation.confirm(request.params.id, request.body.paymentIntentId, {
        type: 'service',
        id: request.callerService ?? ServiceName.payment,
      });
      return toOrderResponse(order, false);
    },
  );

  app.post(
    '/internal/v1/orders/:id/expire',
    {
      config: { auth: { kind: 'service', services: [ServiceName.scheduler] } },
      schema: {
        tags: internal,
        security,
        summary: 'Expire one RESERVED order now',
        params: IdParams,
        response: { 200: OrderResponse, ...problemResponses(403, 404, 409) },
      },
    },
    async (request) => {
      const order = await services.orders.expireNow(request.params.id, { type: 'service', id: request.callerService ?? ServiceName.scheduler });
      return toOrderResponse(order, false);
    },
  );

  app.get(
    '/internal/v1/orders/expiring',
    {
      config: { auth: { kind: 'service', services: [ServiceName.scheduler] } },
      schema: {
        tags: internal,
        security,
        summary: 'RESERVED orders whose holds end within the next minutes',
        querystring: ExpiringQuery,
        response: { 200: ExpiringResponse, ...problemResponses(403) },
      },
    },
    async (request) => {
      const rows = await services.orders.expiringSoon(request.query.minutes, request.query.limit);
      return { data: rows.map((row) => ({ ...row, reservationExpiresAt: row.reservationExpiresAt.toISOString() })) };
    },
  );
}
