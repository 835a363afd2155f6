/** Request and response schemas of the refund policies (SPEC §12 "Refund policy"). */
import { Type, type Static } from '@sinclair/typebox';
import { BUILT_IN_POLICY, DEFAULT_AUTO_APPROVE_BELOW, DEFAULT_CUTOFF_HOURS, MAX_HOURS, MAX_RULES } from '../../core/refund-policy.js';
import { PaginationQuery, UuidParam } from '../../http/common-schemas.js';
import type { RefundPolicyVersion } from './model.js';
import type { EffectivePolicy } from './service.js';

const Timestamp = Type.String({ format: 'date-time' });
const Scope = Type.Union([Type.Literal('tenant'), Type.Literal('event'), Type.Literal('ticketType')]);
const Hours = Type.Integer({ minimum: 0, maximum: MAX_HOURS });

export const RefundRuleSchema = Type.Object(
  {
    minHoursBeforeEvent: Type.Integer({ minimum: 0, maximum: MAX_HOURS, description: 'from this many hours before the start on' }),
    refundPercent: Type.String({ minLength: 1, maxLength: 12, description: 'decimal percent string, e.g. "50" or "12.5"' }),
  },
  { additionalProperties: false },
);

export const RefundPolicyBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    scope: Type.Optional(Scope),
    eventId: Type.Optional(UuidParam),
    ticketTypeId: Type.Optional(UuidParam),
    rules: Type.Array(RefundRuleSchema, { minItems: 1, maxItems: MAX_RULES }),
    cutoffHours: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_HOURS, description: `default ${DEFAULT_CUTOFF_HOURS}` })),
    refundPlatformFee: Type.Optional(Type.Boolean({ description: 'default false' })),
    refundProcessingFee: Type.Optional(Type.Boolean({ description: 'default false' })),
    allowPartial: Type.Optional(Type.Boolean({ description: 'default true' })),
    autoApproveBelow: Type.Optional(
      Type.Integer({ minimum: 0, description: `minor units; refunds of this amount or more wait for an admin (default ${DEFAULT_AUTO_APPROVE_BELOW})` }),
    ),
    allowChanges: Type.Optional(Type.Boolean({ description: 'whether buyers may change their orders (default true); staff always may' })),
    changeCutoffHours: Type.Optional(
      Type.Union([Type.Integer({ minimum: 0, maximum: MAX_HOURS }), Type.Null()], { description: 'no change by the buyer later than this before the event; default (null) the cutoff' }),
    ),
  },
  { additionalProperties: false },
);
export type RefundPolicyBody = Static<typeof RefundPolicyBody>;

const PolicyFields = {
  name: Type.String(),
  scope: Scope,
  eventId: Type.Union([Type.String(), Type.Null()]),
  ticketTypeId: Type.Union([Type.String(), Type.Null()]),
  rules: Type.Array(Type.Object({ minHoursBeforeEvent: Type.Integer(), refundPercent: Type.String() })),
  cutoffHours: Hours,
  refundPlatformFee: Type.Boolean(),
  refundProcessingFee: Type.Boolean(),
  allowPartial: Type.Boolean(),
  autoApproveBelow: Type.Integer(),
  allowChanges: Type.Boolean(),
  changeCutoffHours: Type.Union([Type.Integer(), Type.Null()]),
};

export const RefundPolicyResponse = Type.Object({
  id: Type.String(),
  version: Type.Integer(),
  active: Type.Boolean(),
  ...PolicyFields,
  createdAt: Timestamp,
  versionCreatedAt: Timestamp,
  versionCreatedBy: Type.String(),
  deactivatedAt: Type.Union([Timestamp, Type.Null()]),
});
export type RefundPolicyResponse = Static<typeof RefundPolicyResponse>;

export const RefundPolicyListResponse = Type.Object({
  data: Type.Array(RefundPolicyResponse),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

export const RefundPolicyVersionsResponse = Type.Object({ data: Type.Array(RefundPolicyResponse) });

export const ListPoliciesQuery = Type.Object(
  {
    ...PaginationQuery,
    scope: Type.Optional(Scope),
    eventId: Type.Optional(UuidParam),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type ListPoliciesQuery = Static<typeof ListPoliciesQuery>;

export const PolicyVersionQuery = Type.Object({ version: Type.Optional(Type.Integer({ minimum: 1 })) }, { additionalProperties: false });

export const EffectiveQuery = Type.Object(
  { eventId: UuidParam, ticketTypeId: Type.Optional(UuidParam) },
  { additionalProperties: false },
);

/** The policy that applies, with where it comes from; the built-in default has no id, version or dates. */
export const EffectivePolicyResponse = Type.Object({
  source: Type.Union([Type.Literal('ticketType'), Type.Literal('event'), Type.Literal('tenant'), Type.Literal('default')]),
  id: Type.Union([Type.String(), Type.Null()]),
  version: Type.Union([Type.Integer(), Type.Null()]),
  active: Type.Boolean(),
  ...PolicyFields,
  createdAt: Type.Union([Timestamp, Type.Null()]),
});

export function toPolicyResponse(policy: RefundPolicyVersion): RefundPolicyResponse {
  return {
    id: policy.id,
    version: policy.version,
    active: policy.active,
    name: policy.name,
    scope: policy.scope,
    eventId: policy.eventId,
    ticketTypeId: policy.ticketTypeId,
    rules: policy.terms.rules.map((rule) => ({ ...rule })),
    cutoffHours: policy.terms.cutoffHours,
    refundPlatformFee: policy.terms.refundPlatformFee,
    refundProcessingFee: policy.terms.refundProcessingFee,
    allowPartial: policy.terms.allowPartial,
    autoApproveBelow: policy.terms.autoApproveBelow,
    allowChanges: policy.terms.allowChanges,
    changeCutoffHours: policy.terms.changeCutoffHours,
    createdAt: policy.createdAt.toISOString(),
    versionCreatedAt: policy.versionCreatedAt.toISOString(),
    versionCreatedBy: policy.versionCreatedBy,
    deactivatedAt: policy.deactivatedAt ? policy.deactivatedAt.toISOString() : null,
  };
}

export function toEffectiveResponse(effective: EffectivePolicy): Static<typeof EffectivePolicyResponse> {
  if (effective.policy) {
    const { versionCreatedAt: _v, versionCreatedBy: _b, deactivatedAt: _d, ...policy } = toPolicyResponse(effective.policy);
    return { source: effective.source, ...policy };
  }
  const { terms, name } = BUILT_IN_POLICY;
  return {
    source: 'default',
    id: null,
    version: null,
    active: true,
    name,
    scope: 'tenant',
    eventId: null,
    ticketTypeId: null,
    rules: terms.rules.map((rule) => ({ ...rule })),
    cutoffHours: terms.cutoffHours,
    refundPlatformFee: terms.refundPlatformFee,
    refundProcessingFee: terms.refundProcessingFee,
    allowPartial: terms.allowPartial,
    autoApproveBelow: terms.autoApproveBelow,
    allowChanges: terms.allowChanges,
    changeCutoffHours: terms.changeCutoffHours,
    createdAt: null,
  };
}
