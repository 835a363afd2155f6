/** HTTP of the orders area: parse, authorize, call one use case, serialize. No rules live here. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { isStaff, principalOf } from '../../http/auth.js';
import { IdParams, IdempotencyHeaders, problemResponses } from '../../http/common-schemas.js';
import { RATE_LIMITS } from '../../http/rate-limit.js';
import { ServiceName } from '../../http/service-token.js';
import type { CheckoutSaga } from './checkout.js';
import type { Order } from './model.js';
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
import { BEARER, routeDefaults } from '../../http/route-plugin.js';

export interface OrderRouteServices {
  orders: OrderService;
  checkout: CheckoutSaga;
  confirmation: PaymentConfirmation;
}

/** The orders area's routes: the API under /api/v1/orders, the service-to-service routes under /internal/v1/orders. */
export async function orderRoutes(parent: FastifyInstance, services: OrderRouteServices): Promise<void> {
  await parent.register((scope) => publicRoutes(scope, services), { prefix: '/api/v1/orders' });
  await parent.register((scope) => internalRoutes(scope, services), { prefix: '/internal/v1/orders' });
}

async function publicRoutes(scope: FastifyInstance, services: OrderRouteServices): Promise<void> {
  routeDefaults(scope, { tags: ['orders'], security: BEARER });
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '',
    {
      config: {
        auth: { kind: 'user' },
        rateLimit: RATE_LIMITS.createOrder,
        idempotent: true,
        // A checkout the sold-out memory answers takes no place among the checkouts in progress.
        admission: { exempt: (request) => request.principal !== null && services.checkout.soldOutRemembered(request.principal, request.body) },
      },
      schema: {
        summary: 'Check out an order: hold the tickets and create the payment intent',
        headers: IdempotencyHeaders,
        body: CheckoutBody,
        response: { 201: OrderResponse, ...problemResponses(404, 409, 422, 429, 503) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      // The answer of a checkout that reserves its order is stored under the key by the reserving transaction.
      const answer = reply.answerInTransaction(201);
      const order = await services.checkout.checkout(principal, request.body, request.idempotency?.key ?? null, {
        ...(answer ? { withReservation: (reserved: Order) => answer.write(toOrderResponse(reserved, reserved.userId === principal.userId)) } : {}),
      });
      if (answer?.written) return answer.send();
      return reply.code(201).send(toOrderResponse(order, order.userId === principal.userId));
    },
  );

  app.get(
    '',
    {
      schema: {
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
    '/:id',
    {
      schema: { summary: 'One order', params: IdParams, response: { 200: OrderResponse, ...problemResponses(404) } },
    },
    async (request) => {
      const principal = principalOf(request);
      const order = await services.orders.getOrder(principal, request.params.id);
      return toOrderResponse(order, order.userId === principal.userId);
    },
  );

  app.post(
    '/:id/cancel',
    {
      config: { auth: { kind: 'user' }, rateLimit: RATE_LIMITS.cancelOrder, idempotent: true },
      schema: {
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
    '/:id/reserve',
    {
      config: { auth: { kind: 'user' }, rateLimit: RATE_LIMITS.extendReservation, idempotent: true },
      schema: {
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
    '/:id/events',
    {
      schema: {
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

}

async function internalRoutes(scope: FastifyInstance, services: OrderRouteServices): Promise<void> {
  routeDefaults(scope, { tags: ['internal'], security: BEARER });
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  app.post(
    '/:id/confirm',
    {
      config: { auth: { kind: 'service', services: [ServiceName.payment] } },
      schema: {
        summary: 'Payment succeeded: commit the hold and confirm the order (idempotent)',
        params: IdParams,
        body: ConfirmBody,
        response: { 200: OrderResponse, ...problemResponses(403, 404, 409, 502, 503) },
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
    '/:id/expire',
    {
      config: { auth: { kind: 'service', services: [ServiceName.scheduler] } },
      schema: {
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
    '/expiring',
    {
      config: { auth: { kind: 'service', services: [ServiceName.scheduler] } },
      schema: {
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
