/** Schemas of the disputes area: the payment webhook, the API's queries and answers (validation, types, OpenAPI). */
import { Type, type Static } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { ValidationFailed, type FieldError } from '../../errors.js';
import { PaginationQuery } from '../../http/common-schemas.js';
import { assertStorableText, safeIntegers } from '../../http/validation.js';
import { Currency } from '../../peers/contract.js';
import { DISPUTE_STATUSES, DISPUTE_WEBHOOK_TYPES, type DisputeWebhook, type DisputeWithHistory } from './model.js';

const Timestamp = Type.String({ format: 'date-time' });
const NullableTimestamp = Type.Union([Timestamp, Type.Null()]);
const Minor = Type.Integer({ description: 'Amount in minor units of the dispute currency' });
export const DisputeStatusSchema = Type.Union(DISPUTE_STATUSES.map((status) => Type.Literal(status)));

/**
 * The Payment service's webhook body (SPEC §8). Unknown members are tolerated (a newer sender may add some);
 * the ones we use are checked strictly.
 */
export const PaymentWebhookBody = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 255 }),
  type: Type.Union(DISPUTE_WEBHOOK_TYPES.map((type) => Type.Literal(type))),
  createdAt: Timestamp,
  data: Type.Object({
    disputeId: Type.String({ minLength: 1, maxLength: 255 }),
    paymentIntentId: Type.String({ minLength: 1, maxLength: 255 }),
    amount: Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER }),
    currency: Currency,
    reason: Type.String({ minLength: 1, maxLength: 500 }),
    status: DisputeStatusSchema,
    evidenceDueBy: NullableTimestamp,
  }),
});
type PaymentWebhookBody = Static<typeof PaymentWebhookBody>;

export const PaymentSignatureHeaders = Type.Object(
  { 'payment-signature': Type.String({ description: 't=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>' }) },
  { additionalProperties: true },
);

export const WebhookAnswer = Type.Object({
  status: Type.Union([Type.Literal('processed'), Type.Literal('already_processed')]),
});

const checkWebhook = TypeCompiler.Compile(safeIntegers(PaymentWebhookBody));

/** The raw body (already signature-checked) as a webhook, or VALIDATION_FAILED listing each field. */
export function parsePaymentWebhook(rawBody: Buffer): DisputeWebhook {
  let parsed: unknown;
  try {
    parsed = JSON.parse(rawBody.toString('utf8'));
  } catch {
    throw new ValidationFailed('The webhook body is not valid JSON', [{ field: 'body', message: 'is not valid JSON' }]);
  }
  assertStorableText(parsed, 'body');
  if (!checkWebhook.Check(parsed)) {
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    for (const error of checkWebhook.Errors(parsed)) {
      const field = `body${error.path.replace(/\//g, '.')}`;
      if (seen.has(field)) continue;
      seen.add(field);
      errors.push({ field, message: error.message });
    }
    throw new ValidationFailed('The webhook body does not match the schema', errors);
  }
  const body: PaymentWebhookBody = parsed;
  return {
    id: body.id,
    type: body.type,
    createdAt: new Date(body.createdAt),
    data: {
      disputeId: body.data.disputeId,
      paymentIntentId: body.data.paymentIntentId,
      amount: body.data.amount,
      currency: body.data.currency,
      reason: body.data.reason,
      status: body.data.status,
      evidenceDueBy: body.data.evidenceDueBy === null ? null : new Date(body.data.evidenceDueBy),
    },
  };
}

// ---------- API ----------

export const ListDisputesQuery = Type.Object(
  {
    ...PaginationQuery,
    status: Type.Optional(DisputeStatusSchema),
    dueBefore: Type.Optional(Type.String({ format: 'date-time', description: 'only disputes whose evidence is due before this time' })),
    sort: Type.Optional(
      Type.Union([Type.Literal('created'), Type.Literal('dueBy')], {
        default: 'created',
        description: 'created: newest first; dueBy: evidence due soonest first (disputes without a due date left out)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ListDisputesQuery = Static<typeof ListDisputesQuery>;

export const DisputeResponse = Type.Object({
  id: Type.String({ format: 'uuid' }),
  paymentDisputeId: Type.String({ description: "The Payment service's id of the dispute" }),
  orderId: Type.String({ format: 'uuid' }),
  paymentIntentId: Type.String(),
  status: DisputeStatusSchema,
  outcome: Type.Union([Type.Literal('won'), Type.Literal('lost'), Type.Literal('warning_closed'), Type.Null()]),
  amount: Minor,
  lostAmount: Minor,
  currency: Currency,
  reason: Type.String(),
  evidenceDueBy: NullableTimestamp,
  doubleLossRisk: Type.Boolean({ description: 'the order had already been refunded when the dispute opened' }),
  ticketsVoid: Type.Union([Type.Literal('pending'), Type.Literal('voided'), Type.Literal('failed'), Type.Null()], {
    description: 'voiding of the tickets after a lost dispute, when the tenant setting asks for it',
  }),
  openedAt: Timestamp,
  closedAt: NullableTimestamp,
  updatedAt: Timestamp,
  history: Type.Array(
    Type.Object({
      webhookId: Type.String(),
      type: Type.Union(DISPUTE_WEBHOOK_TYPES.map((type) => Type.Literal(type))),
      status: DisputeStatusSchema,
      amount: Minor,
      reason: Type.String(),
      evidenceDueBy: NullableTimestamp,
      occurredAt: Timestamp,
      receivedAt: Timestamp,
      applied: Type.Boolean({ description: 'false: received out of order or after the dispute closed; kept as history only' }),
    }),
  ),
});
export type DisputeResponse = Static<typeof DisputeResponse>;

export const DisputeListResponse = Type.Object({
  data: Type.Array(DisputeResponse),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

export const OrderDisputesResponse = Type.Object({ data: Type.Array(DisputeResponse) });

export const DisputeSettingsBody = Type.Object(
  { voidTicketsOnLoss: Type.Boolean({ description: 'ask the Ticket service to void the tickets of an order whose dispute is lost' }) },
  { additionalProperties: false },
);
export type DisputeSettingsBody = Static<typeof DisputeSettingsBody>;

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

/** Only disputes matched to an order are ever shown through the API (the tenant path cannot see others). */
export function toDisputeResponse(dispute: DisputeWithHistory): DisputeResponse {
  return {
    id: dispute.id,
    paymentDisputeId: dispute.paymentDisputeId,
    orderId: dispute.orderId ?? '',
    paymentIntentId: dispute.paymentIntentId,
    status: dispute.status,
    outcome: dispute.outcome,
    amount: dispute.amount,
    lostAmount: dispute.lostAmount,
    currency: dispute.currency,
    reason: dispute.reason,
    evidenceDueBy: iso(dispute.evidenceDueBy),
    doubleLossRisk: dispute.doubleLossRisk,
    ticketsVoid: dispute.ticketsVoidState,
    openedAt: dispute.openedAt.toISOString(),
    closedAt: iso(dispute.closedAt),
    updatedAt: dispute.updatedAt.toISOString(),
    history: dispute.history.map((entry) => ({
      webhookId: entry.webhookId,
      type: entry.type,
      status: entry.status,
      amount: entry.amount,
      reason: entry.reason,
      evidenceDueBy: iso(entry.evidenceDueBy),
      occurredAt: entry.occurredAt.toISOString(),
      receivedAt: entry.receivedAt.toISOString(),
      applied: entry.applied,
    })),
  };
}
