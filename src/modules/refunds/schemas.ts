/** Request and response schemas of refunds and eligibility (SPEC §6, §12 "Refund"). */
import { Type, type Static } from '@sinclair/typebox';
import { REFUND_REASONS } from '../../core/refund-decision.js';
import { PaginationQuery, UuidParam } from '../../http/common-schemas.js';
import { Currency } from '../../peers/contract.js';
import { changeFeeOf, REFUND_STATUSES, type Refund } from './model.js';
import type { Eligibility } from './service.js';

const Minor = Type.Integer({ description: 'Amount in minor units of the order currency' });
const Timestamp = Type.String({ format: 'date-time' });

export const RefundParams = Type.Object({ id: UuidParam, refundId: UuidParam }, { additionalProperties: false });

export const RefundBody = Type.Object(
  {
    reason: Type.String({ minLength: 1, maxLength: 500 }),
    amount: Type.Optional(Type.Integer({ minimum: 1, description: 'minor units; omit for the full refundable amount' })),
    items: Type.Optional(
      Type.Array(
        Type.Object({ orderItemId: UuidParam, quantity: Type.Integer({ minimum: 1, maximum: 10 }) }, { additionalProperties: false }),
        { minItems: 1, maxItems: 50, description: 'refund these tickets; exclusive with amount' },
      ),
    ),
    override: Type.Optional(Type.Boolean({ description: 'admin only: refund regardless of the policy; the reason is recorded' })),
  },
  { additionalProperties: false },
);
export type RefundBody = Static<typeof RefundBody>;

/**
 * The approval body is optional (`POST …/approve` with no body is fine): the schema names no `type`, so a
 * missing body passes, while an object is held to its properties.
 */
export const ApproveBody = Type.Unsafe<{ note?: string } | undefined>({
  properties: { note: { type: 'string', minLength: 1, maxLength: 500 } },
  additionalProperties: false,
  description: 'optional: {note}',
});
export const RejectBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 500 }) }, { additionalProperties: false });

const Breakdown = Type.Object({ tickets: Minor, platformFee: Minor, processingFee: Minor, tax: Minor });
const RuleApplied = Type.Union([Type.Object({ minHoursBeforeEvent: Type.Integer(), refundPercent: Type.String() }), Type.Null()]);
const Basis = Type.Union([Type.Literal('policy'), Type.Literal('override'), Type.Literal('event_cancelled'), Type.Literal('unfulfillable'), Type.Literal('change')]);

export const RefundResponse = Type.Object({
  id: Type.String(),
  orderId: Type.String(),
  status: Type.Union(REFUND_STATUSES.map((status) => Type.Literal(status))),
  amount: Minor,
  currency: Currency,
  reason: Type.String(),
  items: Type.Optional(Type.Array(Type.Object({ orderItemId: Type.String(), quantity: Type.Integer() }), { description: 'tickets given back' })),
  ticketIds: Type.Array(Type.String()),
  breakdown: Breakdown,
  changeFee: Type.Optional(
    Type.Integer({ description: "Kept order-change fees given back (an event cancellation's refund); amount = breakdown + changeFee" }),
  ),
  basis: Basis,
  policy: Type.Object({ id: Type.Union([Type.String(), Type.Null()]), version: Type.Union([Type.Integer(), Type.Null()]), ruleApplied: RuleApplied }),
  requestedBy: Type.Object({ type: Type.String(), id: Type.String(), role: Type.Optional(Type.String()) }),
  review: Type.Optional(Type.Object({ by: Type.String(), at: Timestamp, note: Type.Union([Type.String(), Type.Null()]) })),
  failureReason: Type.Optional(Type.String()),
  createdAt: Timestamp,
  settledAt: Type.Optional(Timestamp),
});
export type RefundResponse = Static<typeof RefundResponse>;

export const RefundListResponse = Type.Object({ data: Type.Array(RefundResponse), nextCursor: Type.Null() });

export const TenantRefundsQuery = Type.Object(
  { ...PaginationQuery, status: Type.Optional(Type.Union(REFUND_STATUSES.map((status) => Type.Literal(status)))) },
  { additionalProperties: false },
);

export const TenantRefundListResponse = Type.Object({ data: Type.Array(RefundResponse), nextCursor: Type.Union([Type.String(), Type.Null()]) });

export const EligibilityResponse = Type.Object({
  eligible: Type.Boolean(),
  reasons: Type.Array(Type.Union(REFUND_REASONS.map((reason) => Type.Literal(reason)))),
  refundableAmount: Minor,
  currency: Currency,
  breakdown: Type.Object({
    ...Breakdown.properties,
    discount: Type.Integer({ description: "The promo code's discount the refundable tickets carried: shown, not refunded (tickets is already net of it)" }),
  }),
  basis: Basis,
  policy: Type.Object({
    id: Type.Union([Type.String(), Type.Null()], { description: 'null: the built-in default' }),
    version: Type.Union([Type.Integer(), Type.Null()]),
    name: Type.String(),
    ruleApplied: RuleApplied,
  }),
  requiresReview: Type.Boolean(),
});

/** The tickets a refund gives back, per order item. */
function releasedItems(refund: Refund): { orderItemId: string; quantity: number }[] {
  const counts = new Map<string, number>();
  for (const slot of refund.allocation.releasedSlots) counts.set(slot.itemId, (counts.get(slot.itemId) ?? 0) + 1);
  return [...counts].map(([orderItemId, quantity]) => ({ orderItemId, quantity }));
}

export function toRefundResponse(refund: Refund): RefundResponse {
  const items = releasedItems(refund);
  return {
    id: refund.id,
    orderId: refund.orderId,
    status: refund.status,
    amount: refund.amount,
    currency: refund.currency,
    reason: refund.reason,
    ...(items.length > 0 ? { items } : {}),
    ticketIds: refund.ticketIds,
    breakdown: { ...refund.breakdown },
    ...(changeFeeOf(refund) > 0 ? { changeFee: changeFeeOf(refund) } : {}),
    basis: refund.basis,
    policy: { id: refund.policyId, version: refund.policyVersion, ruleApplied: refund.ruleApplied },
    requestedBy: { ...refund.requestedBy },
    ...(refund.reviewedBy && refund.reviewedAt ? { review: { by: refund.reviewedBy, at: refund.reviewedAt.toISOString(), note: refund.reviewNote } } : {}),
    ...(refund.failureReason ? { failureReason: refund.failureReason } : {}),
    createdAt: refund.createdAt.toISOString(),
    ...(refund.settledAt ? { settledAt: refund.settledAt.toISOString() } : {}),
  };
}

export function toEligibilityResponse({ decision, policy, currency }: Eligibility): Static<typeof EligibilityResponse> {
  return {
    eligible: decision.eligible,
    reasons: decision.reasons,
    refundableAmount: decision.refundable.amount,
    currency,
    breakdown: { ...decision.refundable.breakdown, discount: decision.refundable.discount },
    basis: decision.basis,
    policy: { id: policy.id, version: policy.version, name: policy.name, ruleApplied: decision.ruleApplied },
    requiresReview: decision.requiresReview,
  };
}
