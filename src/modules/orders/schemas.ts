/** Request and response schemas of the orders area: validation, TypeScript types and OpenAPI in one. */
import { Type, type Static } from '@sinclair/typebox';
import { ORDER_STATUSES } from '../../core/order-status.js';
import { Currency } from '../../peers/contract.js';
import { PaginationQuery, UuidParam } from '../../http/common-schemas.js';
import { AppliedTaxExemptionSchema, toAppliedTaxExemptionResponse } from '../tax/index.js';
import { BillingSchema } from '../documents/index.js';
import type { Order, TimelineEntry } from './model.js';

const Minor = Type.Integer({ description: 'Amount in minor units of the order currency' });
const Timestamp = Type.String({ format: 'date-time' });
const NullableTimestamp = Type.Union([Timestamp, Type.Null()]);
export const OrderStatusSchema = Type.Union(ORDER_STATUSES.map((status) => Type.Literal(status)));

export const CheckoutBody = Type.Object(
  {
    eventId: UuidParam,
    items: Type.Array(
      Type.Object(
        { ticketTypeId: UuidParam, quantity: Type.Integer({ minimum: 1, maximum: 10 }) },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 50 },
    ),
    currency: Type.Optional(Currency),
    metadata: Type.Optional(
      Type.Record(Type.String({ maxLength: 64 }), Type.String({ maxLength: 500 }), { maxProperties: 20 }),
    ),
    exemptionId: Type.Optional(Type.String({ format: 'uuid', description: "One of the buyer's own tax exemption certificates" })),
    billing: Type.Optional(BillingSchema),
    promoCode: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'A promo code of the tenant, any case' })),
  },
  { additionalProperties: false },
);
export type CheckoutBody = Static<typeof CheckoutBody>;

export const CancelBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 500 }) }, { additionalProperties: false });

export const ListOrdersQuery = Type.Object(
  {
    ...PaginationQuery,
    orderNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'the per-tenant order number, exactly' })),
    status: Type.Optional(OrderStatusSchema),
    eventId: Type.Optional(UuidParam),
    userId: Type.Optional(Type.String({ minLength: 1, maxLength: 255, description: 'staff only' })),
    createdFrom: Type.Optional(Timestamp),
    createdTo: Type.Optional(Timestamp),
  },
  { additionalProperties: false },
);
export type ListOrdersQuery = Static<typeof ListOrdersQuery>;

export const OrderItemResponse = Type.Object({
  id: Type.String(),
  ticketTypeId: Type.String(),
  quantity: Type.Integer(),
  unitPrice: Minor,
  subtotal: Minor,
  discount: Type.Integer({ description: "The item's share of the promo code's discount; its tickets cost subtotal − discount" }),
  platformFee: Minor,
  processingFee: Minor,
  tax: Minor,
  total: Minor,
  ticketIds: Type.Array(Type.String()),
  removedQuantity: Type.Integer({ description: 'Tickets of the item an order change removed; its amounts stay what was paid for all of quantity' }),
});

export const OrderResponse = Type.Object({
  id: Type.String(),
  orderNumber: Type.String(),
  tenantId: Type.String(),
  userId: Type.String(),
  eventId: Type.String(),
  status: OrderStatusSchema,
  currency: Currency,
  items: Type.Array(OrderItemResponse),
  pricing: Type.Object({
    subtotal: Minor,
    discount: Type.Integer({ description: "The promo code's discount on the tickets; total = subtotal − discount + fees (+ tax when exclusive)" }),
    platformFee: Minor,
    processingFee: Minor,
    tax: Minor,
    total: Minor,
    priceMode: Type.Union([Type.Literal('exclusive'), Type.Literal('inclusive')]),
  }),
  taxes: Type.Array(
    Type.Object({ jurisdiction: Type.String(), category: Type.String(), rate: Type.String(), taxable: Minor, tax: Minor }),
  ),
  taxExemption: Type.Union([AppliedTaxExemptionSchema, Type.Null()], { description: 'The exemption certificate applied at checkout' }),
  promotion: Type.Union([Type.Object({ id: Type.String(), code: Type.String() }), Type.Null()], { description: 'The promo code used at checkout' }),
  payment: Type.Object({
    intentId: Type.Union([Type.String(), Type.Null()]),
    clientSecret: Type.Union([Type.String(), Type.Null()], { description: 'only for the buyer, while the order awaits payment' }),
    status: Type.Union([Type.String(), Type.Null()]),
  }),
  reservationExpiresAt: NullableTimestamp,
  refundLocked: Type.Boolean(),
  refundedAmount: Minor,
  refundPolicy: Type.Union([Type.Object({ id: Type.String(), version: Type.Integer() }), Type.Null()]),
  version: Type.Integer({ description: 'Goes up by one with every applied order change' }),
  changeFee: Type.Integer({ description: 'Change fees the order kept (order changes); part of pricing.total' }),
  metadata: Type.Record(Type.String(), Type.Unknown()),
  billing: Type.Union([BillingSchema, Type.Null()], { description: 'Billing details given at checkout, shown on the documents' }),
  cancelReason: Type.Union([Type.String(), Type.Null()]),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  confirmedAt: NullableTimestamp,
  cancelledAt: NullableTimestamp,
  expiredAt: NullableTimestamp,
});
export type OrderResponse = Static<typeof OrderResponse>;

export const OrderListResponse = Type.Object({
  data: Type.Array(OrderResponse),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

export const TimelineResponse = Type.Object({
  data: Type.Array(
    Type.Object({
      id: Type.Integer(),
      type: Type.String(),
      fromStatus: Type.Union([OrderStatusSchema, Type.Null()]),
      toStatus: Type.Union([OrderStatusSchema, Type.Null()]),
      actor: Type.Object(
        {
          type: Type.String(),
          id: Type.Optional(Type.String({ description: 'staff only' })),
          role: Type.Optional(Type.String()),
          ip: Type.Optional(Type.String({ description: 'staff only' })),
        },
        { description: 'Who acted: customers see the kind of actor and its role; staff also see its id and address' },
      ),
      reason: Type.Union([Type.String(), Type.Null()]),
      data: Type.Record(Type.String(), Type.Unknown()),
      createdAt: Timestamp,
    }),
  ),
});

export const ConfirmBody = Type.Object({ paymentIntentId: Type.String({ minLength: 1, maxLength: 255 }) }, { additionalProperties: false });

export const ExpiringQuery = Type.Object(
  {
    minutes: Type.Integer({ minimum: 1, maximum: 1440, default: 5 }),
    limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }),
  },
  { additionalProperties: false },
);

export const ExpiringResponse = Type.Object({
  data: Type.Array(
    Type.Object({ id: Type.String(), tenantId: Type.String(), orderNumber: Type.String(), reservationExpiresAt: Timestamp }),
  ),
});

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

/** The order as SPEC §12 pins it. `viewerIsBuyer` decides whether the payment client secret is shown. */
export function toOrderResponse(order: Order, viewerIsBuyer: boolean): OrderResponse {
  const awaitingPayment = order.status === 'RESERVED';
  return {
    id: order.id,
    orderNumber: order.orderNumber,
    tenantId: order.tenantId,
    userId: order.userId,
    eventId: order.eventId,
    status: order.status,
    currency: order.currency,
    items: order.items.map((item) => ({
      id: item.id,
      ticketTypeId: item.ticketTypeId,
      quantity: item.quantity,
      unitPrice: item.unitPrice,
      subtotal: item.subtotal,
      discount: item.discount,
      platformFee: item.platformFee,
      processingFee: item.processingFee,
      tax: item.tax,
      total: item.total,
      ticketIds: item.ticketIds,
      removedQuantity: item.removedQuantity,
    })),
    pricing: {
      subtotal: order.subtotal,
      discount: order.discount,
      platformFee: order.platformFee,
      processingFee: order.processingFee,
      tax: order.tax,
      total: order.total,
      priceMode: order.priceMode,
    },
    taxes: order.taxes.map((line) => ({ ...line })),
    taxExemption: order.taxExemption ? toAppliedTaxExemptionResponse(order.taxExemption) : null,
    promotion: order.promotion ? { ...order.promotion } : null,
    payment: {
      intentId: order.paymentIntentId,
      clientSecret: viewerIsBuyer && awaitingPayment ? order.paymentClientSecret : null,
      status: order.paymentStatus,
    },
    reservationExpiresAt: iso(order.reservationExpiresAt),
    refundLocked: order.refundLocked,
    refundedAmount: order.refundedAmount,
    refundPolicy:
      order.refundPolicyId && order.refundPolicyVersion !== null ? { id: order.refundPolicyId, version: order.refundPolicyVersion } : null,
    version: order.version,
    changeFee: order.changeFee,
    metadata: order.metadata,
    billing: order.billing,
    cancelReason: order.cancelReason,
    createdAt: order.createdAt.toISOString(),
    updatedAt: order.updatedAt.toISOString(),
    confirmedAt: iso(order.confirmedAt),
    cancelledAt: iso(order.cancelledAt),
    expiredAt: iso(order.expiredAt),
  };
}

/** The timeline as its reader may see it: customers get what happened and when, staff also who and from where. */
export function toTimelineResponse(entries: TimelineEntry[], readerIsStaff: boolean) {
  return {
    data: entries.map((entry) => ({
      id: entry.id,
      type: entry.type,
      fromStatus: entry.fromStatus,
      toStatus: entry.toStatus,
      actor: readerIsStaff ? entry.actor : { type: entry.actor.type, ...(entry.actor.role ? { role: entry.actor.role } : {}) },
      reason: entry.reason,
      data: entry.data,
      createdAt: entry.createdAt.toISOString(),
    })),
  };
}
