/** Request and response schemas of order changes (SPEC §13): validation, TypeScript types and OpenAPI in one. */
import { Type, type Static } from '@sinclair/typebox';
import { UuidParam } from '../../http/common-schemas.js';
import { Currency } from '../../peers/contract.js';
import { CHANGE_STATUSES, type OrderChange } from './model.js';
import type { ChangeQuote } from './service.js';

const Minor = Type.Integer({ description: 'Amount in minor units of the order currency; negative in a delta: credited' });
const Timestamp = Type.String({ format: 'date-time' });

export const ChangeBody = Type.Object(
  {
    reason: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
    add: Type.Optional(
      Type.Array(Type.Object({ ticketTypeId: UuidParam, quantity: Type.Integer({ minimum: 1, maximum: 10 }) }, { additionalProperties: false }), {
        maxItems: 50,
        description: 'Tickets to add, priced like a checkout',
      }),
    ),
    remove: Type.Optional(
      Type.Array(Type.Object({ orderItemId: UuidParam, quantity: Type.Integer({ minimum: 1, maximum: 10 }) }, { additionalProperties: false }), {
        maxItems: 50,
        description: "Tickets to remove from the order's items, credited with what they were paid",
      }),
    ),
  },
  { additionalProperties: false, description: 'At least one of add and remove' },
);
export type ChangeBody = Static<typeof ChangeBody>;

export const ChangeParams = Type.Object({ id: UuidParam, changeId: UuidParam }, { additionalProperties: false });

const Delta = Type.Object({
  subtotal: Minor,
  platformFee: Minor,
  processingFee: Minor,
  tax: Minor,
  changeFee: Minor,
  total: Type.Integer({ description: 'added − credited + changeFee: charged when positive, refunded when negative' }),
});

const AddedLine = Type.Object({
  orderItemId: Type.String({ description: 'The item the line becomes once the change is applied' }),
  ticketTypeId: Type.String(),
  quantity: Type.Integer(),
  unitPrice: Minor,
  subtotal: Minor,
  platformFee: Minor,
  processingFee: Minor,
  tax: Minor,
  total: Minor,
});

const RemovedLine = Type.Object({ orderItemId: Type.String(), quantity: Type.Integer() });

export const ChangeResponse = Type.Object({
  id: Type.String(),
  orderId: Type.String(),
  status: Type.Union(CHANGE_STATUSES.map((status) => Type.Literal(status))),
  reason: Type.Union([Type.String(), Type.Null()]),
  currency: Currency,
  add: Type.Array(AddedLine),
  remove: Type.Array(RemovedLine),
  credited: Type.Object({ amount: Minor, tickets: Minor, platformFee: Minor, processingFee: Minor, tax: Minor }, { description: 'What the removed tickets are credited' }),
  delta: Delta,
  payment: Type.Optional(
    Type.Object({
      intentId: Type.String(),
      clientSecret: Type.Union([Type.String(), Type.Null()], { description: 'only for the buyer, while the change awaits payment' }),
    }),
  ),
  expiresAt: Type.Optional(Timestamp),
  refundId: Type.Optional(Type.String()),
  failure: Type.Optional(Type.Object({ code: Type.String(), reason: Type.Union([Type.String(), Type.Null()]) })),
  createdAt: Timestamp,
  appliedAt: Type.Optional(Timestamp),
});
export type ChangeResponse = Static<typeof ChangeResponse>;

export const ChangeListResponse = Type.Object({ data: Type.Array(ChangeResponse), nextCursor: Type.Union([Type.String(), Type.Null()]) });

export const QuoteResponse = Type.Object({
  orderId: Type.String(),
  currency: Currency,
  add: Type.Array(AddedLine),
  remove: Type.Array(RemovedLine),
  credited: Type.Object({ amount: Minor, tickets: Minor, platformFee: Minor, processingFee: Minor, tax: Minor }),
  delta: Delta,
  settlement: Type.Union([Type.Literal('charge'), Type.Literal('refund'), Type.Literal('none')], {
    description: 'charge: a payment intent for the delta; refund: the delta is refunded; none: applied at once',
  }),
  orderAfter: Type.Object(
    { subtotal: Minor, discount: Minor, platformFee: Minor, processingFee: Minor, tax: Minor, changeFee: Minor, total: Minor },
    { description: "The order's totals once the change is applied" },
  ),
});

function linesOf(change: Pick<OrderChange, 'plan' | 'remove'>) {
  return {
    add: change.plan.added.map((item) => ({
      orderItemId: item.id,
      ticketTypeId: item.ticketTypeId,
      quantity: item.quantity,
      unitPrice: item.unitPrice,
      subtotal: item.subtotal,
      platformFee: item.platformFee,
      processingFee: item.processingFee,
      tax: item.tax,
      total: item.total,
    })),
    remove: change.remove.map((line) => ({ ...line })),
    credited: { amount: change.plan.credit.amount, ...change.plan.credit.breakdown },
  };
}

/** The change as SPEC §13 pins it; `viewerIsBuyer` decides whether the payment's client secret is shown. */
export function toChangeResponse(change: OrderChange, viewerIsBuyer: boolean): ChangeResponse {
  return {
    id: change.id,
    orderId: change.orderId,
    status: change.status,
    reason: change.reason,
    currency: change.currency,
    ...linesOf(change),
    delta: { ...change.delta },
    ...(change.paymentIntentId
      ? {
          payment: {
            intentId: change.paymentIntentId,
            clientSecret: viewerIsBuyer && change.status === 'AWAITING_PAYMENT' ? change.paymentClientSecret : null,
          },
        }
      : {}),
    ...(change.expiresAt ? { expiresAt: change.expiresAt.toISOString() } : {}),
    ...(change.refundId ? { refundId: change.refundId } : {}),
    ...(change.failureCode ? { failure: { code: change.failureCode, reason: change.failureReason } } : {}),
    createdAt: change.createdAt.toISOString(),
    ...(change.appliedAt ? { appliedAt: change.appliedAt.toISOString() } : {}),
  };
}

export function toQuoteResponse(quote: ChangeQuote): Static<typeof QuoteResponse> {
  return {
    orderId: quote.orderId,
    currency: quote.currency,
    ...linesOf({ plan: quote.plan, remove: quote.remove }),
    delta: { ...quote.delta },
    settlement: quote.settlement,
    orderAfter: { ...quote.plan.totalsAfter },
  };
}

export const ChangeSettingsBody = Type.Object(
  { changeFee: Type.Integer({ minimum: 0, maximum: 1_000_000, description: 'Added once to every order change, minor units (default 0)' }) },
  { additionalProperties: false },
);
