/**
 * Refund policies (SPEC §6) as data and pure rules: the terms a policy sets, their validation, the built-in
 * default, which time-window rule applies at a given moment, and which of several active policies governs
 * an order (the most specific scope wins). No I/O: the refund-policies module stores them, the refund
 * decision (refund-decision.ts) applies them.
 */
import { formatRate, InvalidRateError, parseRate, type Minor } from './money.js';

export const POLICY_SCOPES = ['tenant', 'event', 'ticketType'] as const;
export type PolicyScope = (typeof POLICY_SCOPES)[number];

/** From `minHoursBeforeEvent` hours before the start on, `refundPercent` of the ticket price comes back. */
export interface RefundRule {
  minHoursBeforeEvent: number;
  /** Decimal percent string, canonical ("50", "12.5"). */
  refundPercent: string;
}

/** What a policy version decides about refunds. */
export interface RefundTerms {
  /** Sorted by minHoursBeforeEvent, largest first; the first rule the time left reaches applies. */
  rules: RefundRule[];
  /** No refund under the policy later than this many hours before the event starts. */
  cutoffHours: number;
  refundPlatformFee: boolean;
  refundProcessingFee: boolean;
  allowPartial: boolean;
  /** Refunds of this amount or more (minor units) wait for an admin. */
  autoApproveBelow: Minor;
  /** Whether the buyer may change the order (SPEC §13); staff always may. */
  allowChanges: boolean;
  /** No change by the buyer later than this many hours before the event; null: the refund cutoff. */
  changeCutoffHours: number | null;
}

/** The policy version that governs an order's refunds; id and version are null for the built-in default. */
export interface GoverningPolicy {
  id: string | null;
  version: number | null;
  name: string;
  terms: RefundTerms;
}

export const DEFAULT_CUTOFF_HOURS = 24;
export const DEFAULT_AUTO_APPROVE_BELOW: Minor = 50_000;
export const MAX_RULES = 20;
/** Ten years: anything beyond is a typo, not a policy. */
export const MAX_HOURS = 87_600;

/**
 * The terms when a tenant has no active policy at all (SPEC §6's example): a week or more before the event
 * everything but the fees comes back, two days or more half of it, later nothing; no refunds in the last
 * 24 hours; partial refunds allowed; 500.00 and more waits for an admin.
 */
export const BUILT_IN_POLICY: GoverningPolicy = Object.freeze({
  id: null,
  version: null,
  name: 'Built-in default',
  terms: Object.freeze({
    rules: [
      { minHoursBeforeEvent: 168, refundPercent: '100' },
      { minHoursBeforeEvent: 48, refundPercent: '50' },
      { minHoursBeforeEvent: 0, refundPercent: '0' },
    ],
    cutoffHours: DEFAULT_CUTOFF_HOURS,
    refundPlatformFee: false,
    refundProcessingFee: false,
    allowPartial: true,
    autoApproveBelow: DEFAULT_AUTO_APPROVE_BELOW,
    allowChanges: true,
    changeCutoffHours: null,
  }),
}) as GoverningPolicy;

/** A policy as an admin writes it (create or update body), before validation. */
export interface PolicyInput {
  name: string;
  scope?: PolicyScope;
  eventId?: string | null;
  ticketTypeId?: string | null;
  rules: { minHoursBeforeEvent: number; refundPercent: string }[];
  cutoffHours?: number;
  refundPlatformFee?: boolean;
  refundProcessingFee?: boolean;
  allowPartial?: boolean;
  autoApproveBelow?: Minor;
  allowChanges?: boolean;
  changeCutoffHours?: number | null;
}

/** A validated policy: its scope and its terms, rules sorted and percents canonical. */
export interface PolicyDefinition {
  name: string;
  scope: PolicyScope;
  eventId: string | null;
  ticketTypeId: string | null;
  terms: RefundTerms;
}

export interface PolicyFieldError {
  field: string;
  message: string;
}

export type PolicyValidation = { ok: true; policy: PolicyDefinition } | { ok: false; errors: PolicyFieldError[] };

/** Checks what a schema cannot: scope targets, percent strings, duplicate windows, sane numbers. */
export function validatePolicy(input: PolicyInput): PolicyValidation {
  const errors: PolicyFieldError[] = [];
  const scope = input.scope ?? 'tenant';
  const eventId = input.eventId ?? null;
  const ticketTypeId = input.ticketTypeId ?? null;
  if (scope === 'tenant' && (eventId !== null || ticketTypeId !== null)) {
    errors.push({ field: 'body.scope', message: 'a tenant policy names no eventId or ticketTypeId' });
  }
  if (scope === 'event' && eventId === null) errors.push({ field: 'body.eventId', message: 'is required for an event policy' });
  if (scope === 'event' && ticketTypeId !== null) errors.push({ field: 'body.ticketTypeId', message: 'is not allowed on an event policy' });
  if (scope === 'ticketType' && ticketTypeId === null) {
    errors.push({ field: 'body.ticketTypeId', message: 'is required for a ticketType policy' });
  }
  if (input.name.trim().length === 0) errors.push({ field: 'body.name', message: 'must not be blank' });

  if (input.rules.length === 0 || input.rules.length > MAX_RULES) {
    errors.push({ field: 'body.rules', message: `must have 1 to ${MAX_RULES} rules` });
  }
  const seenHours = new Set<number>();
  const rules: RefundRule[] = [];
  input.rules.forEach((rule, index) => {
    const field = `body.rules[${index}]`;
    if (!Number.isSafeInteger(rule.minHoursBeforeEvent) || rule.minHoursBeforeEvent < 0 || rule.minHoursBeforeEvent > MAX_HOURS) {
      errors.push({ field: `${field}.minHoursBeforeEvent`, message: `must be a whole number of hours from 0 to ${MAX_HOURS}` });
    } else if (seenHours.has(rule.minHoursBeforeEvent)) {
      errors.push({ field: `${field}.minHoursBeforeEvent`, message: 'two rules cannot start at the same hour' });
    }
    seenHours.add(rule.minHoursBeforeEvent);
    try {
      rules.push({ minHoursBeforeEvent: rule.minHoursBeforeEvent, refundPercent: formatRate(parseRate(rule.refundPercent)) });
    } catch (error) {
      if (!(error instanceof InvalidRateError)) throw error;
      errors.push({ field: `${field}.refundPercent`, message: 'must be a decimal percent string from "0" to "100", such as "50" or "12.5"' });
    }
  });

  const cutoffHours = input.cutoffHours ?? DEFAULT_CUTOFF_HOURS;
  if (!Number.isSafeInteger(cutoffHours) || cutoffHours < 0 || cutoffHours > MAX_HOURS) {
    errors.push({ field: 'body.cutoffHours', message: `must be a whole number of hours from 0 to ${MAX_HOURS}` });
  }
  const autoApproveBelow = input.autoApproveBelow ?? DEFAULT_AUTO_APPROVE_BELOW;
  if (!Number.isSafeInteger(autoApproveBelow) || autoApproveBelow < 0) {
    errors.push({ field: 'body.autoApproveBelow', message: 'must be a non-negative amount in minor units' });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    policy: {
      name: input.name.trim(),
      scope,
      eventId,
      ticketTypeId,
      terms: {
        rules: [...rules].sort((a, b) => b.minHoursBeforeEvent - a.minHoursBeforeEvent),
        cutoffHours,
        refundPlatformFee: input.refundPlatformFee ?? false,
        refundProcessingFee: input.refundProcessingFee ?? false,
        allowPartial: input.allowPartial ?? true,
        autoApproveBelow,
        allowChanges: input.allowChanges ?? true,
        changeCutoffHours: input.changeCutoffHours ?? null,
      },
    },
  };
}

const MS_PER_HOUR = 3_600_000;

/** Whether `msBeforeEvent` is inside the cutoff (too late for any refund under the policy). */
export function isPastCutoff(terms: RefundTerms, msBeforeEvent: number): boolean {
  return msBeforeEvent < terms.cutoffHours * MS_PER_HOUR;
}

/** Whether `msBeforeEvent` is too late for the buyer to change the order (the change cutoff, else the refund cutoff). */
export function isPastChangeCutoff(terms: RefundTerms, msBeforeEvent: number): boolean {
  return msBeforeEvent < (terms.changeCutoffHours ?? terms.cutoffHours) * MS_PER_HOUR;
}

/** The rule in force `msBeforeEvent` before the start: the first (largest) window the time left reaches. */
export function ruleInForce(terms: RefundTerms, msBeforeEvent: number): RefundRule | null {
  const sorted = [...terms.rules].sort((a, b) => b.minHoursBeforeEvent - a.minHoursBeforeEvent);
  return sorted.find((rule) => msBeforeEvent >= rule.minHoursBeforeEvent * MS_PER_HOUR) ?? null;
}

/** The scope facts of an active policy, as far as choosing one is concerned. */
export interface ScopedPolicy {
  scope: PolicyScope;
  eventId: string | null;
  ticketTypeId: string | null;
}

/**
 * The most specific active policy for an event and the ticket types of an order: a ticketType policy when
 * every ticket type resolves to the same one; otherwise the event's policy; otherwise the tenant's; null
 * when there is none (the built-in default applies). An order mixing ticket types with different
 * ticketType policies falls back to the event level, so one order has one set of refund terms.
 */
export function mostSpecificPolicy<P extends ScopedPolicy>(candidates: readonly P[], eventId: string, ticketTypeIds: readonly string[]): P | null {
  const distinctTypes = [...new Set(ticketTypeIds)];
  if (distinctTypes.length > 0) {
    const perType = distinctTypes.map((typeId) =>
      candidates.find(
        (policy) => policy.scope === 'ticketType' && policy.ticketTypeId === typeId && (policy.eventId === null || policy.eventId === eventId),
      ),
    );
    const first = perType[0];
    if (first && perType.every((policy) => policy === first)) return first;
  }
  const eventPolicy = candidates.find((policy) => policy.scope === 'event' && policy.eventId === eventId);
  if (eventPolicy) return eventPolicy;
  return candidates.find((policy) => policy.scope === 'tenant') ?? null;
}

/** The key under which at most one policy may be active per tenant (see migration 003). */
export function scopeKey(policy: ScopedPolicy): string {
  switch (policy.scope) {
    case 'tenant':
      return 'tenant';
    case 'event':
      return `event:${policy.eventId ?? ''}`;
    case 'ticketType':
      return `ticketType:${policy.ticketTypeId ?? ''}`;
  }
}
