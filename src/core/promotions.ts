/**
 * Promotions (SPEC §14) as data and pure rules: what a promo code's definition must satisfy, whether a code
 * applies to a cart (and if not, why), and the discount it gives, allocated to the cart's items by largest
 * remainder. No I/O: the promotions module stores codes and counts redemptions; pricing.ts takes the
 * per-item discounts and prices the rest of the order on the discounted amounts.
 */
import { allocate, InvalidRateError, parseRate, percentOf, sum, type Minor, type Rate } from './money.js';

export const PROMOTION_TYPES = ['percent', 'fixed'] as const;
export type PromotionType = (typeof PROMOTION_TYPES)[number];

/** Letters, digits, `-` and `_`; no spaces. Compared case-insensitively. */
export const PROMO_CODE_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const PROMO_CODE_MAX_LENGTH = 64;

/** Why a code does not apply to a checkout (`422 PROMO_CODE_INVALID`, member `reason`). */
export const PROMO_CODE_REASONS = [
  'UNKNOWN',
  'INACTIVE',
  'NOT_STARTED',
  'ENDED',
  'NOT_APPLICABLE',
  'BELOW_MINIMUM',
  'PER_USER_LIMIT',
] as const;
export type PromoCodeReason = (typeof PROMO_CODE_REASONS)[number];

/** The discount of a promotion: an exact percentage of the eligible subtotal, or a fixed amount in a currency. */
export type PromotionValue = { type: 'percent'; rate: Rate } | { type: 'fixed'; amount: Minor; currency: string };

/** What decides whether and how a promotion applies; the stored promotion carries more (code, counts). */
export interface PromotionTerms {
  value: PromotionValue;
  /** Null: every event of the tenant. Ids in lower case, as PostgreSQL writes UUIDs. */
  eventIds: readonly string[] | null;
  /** Null: every ticket type. */
  ticketTypeIds: readonly string[] | null;
  startsAt: Date | null;
  endsAt: Date | null;
  /** Minor units of the order's currency, compared with the eligible items' ticket subtotal. */
  minSubtotal: Minor | null;
  active: boolean;
}

/** A cart line as the promotion sees it: its ticket type and its ticket subtotal (unit price × quantity). */
export interface DiscountableItem {
  ticketTypeId: string;
  subtotal: Minor;
}

export interface PromotionCart {
  eventId: string;
  currency: string;
  items: readonly DiscountableItem[];
}

/** Whether an item's tickets are discounted: the code names its ticket type, or names none. */
export function isEligibleItem(terms: Pick<PromotionTerms, 'ticketTypeIds'>, item: Pick<DiscountableItem, 'ticketTypeId'>): boolean {
  return terms.ticketTypeIds === null || terms.ticketTypeIds.includes(item.ticketTypeId.toLowerCase());
}

/** The ticket subtotal of the items the code discounts. */
export function eligibleSubtotal(terms: Pick<PromotionTerms, 'ticketTypeIds'>, items: readonly DiscountableItem[]): Minor {
  return sum(items.filter((item) => isEligibleItem(terms, item)).map((item) => item.subtotal));
}

/**
 * Why the code does not apply to the cart at `now`, or null when it does. The per-user limit and the
 * redemption count need the database; the promotions module checks them after this.
 */
export function promotionProblem(terms: PromotionTerms, cart: PromotionCart, now: Date): PromoCodeReason | null {
  if (!terms.active) return 'INACTIVE';
  if (terms.startsAt !== null && now < terms.startsAt) return 'NOT_STARTED';
  if (terms.endsAt !== null && now >= terms.endsAt) return 'ENDED';
  if (terms.eventIds !== null && !terms.eventIds.includes(cart.eventId.toLowerCase())) return 'NOT_APPLICABLE';
  if (terms.value.type === 'fixed' && terms.value.currency !== cart.currency) return 'NOT_APPLICABLE';
  if (!cart.items.some((item) => isEligibleItem(terms, item))) return 'NOT_APPLICABLE';
  if (terms.minSubtotal !== null && eligibleSubtotal(terms, cart.items) < terms.minSubtotal) return 'BELOW_MINIMUM';
  return null;
}

/**
 * The discount of each item, in cart order. The discount is worked out once on the eligible items' ticket
 * subtotal (a percentage rounded half away from zero; a fixed amount capped at that subtotal, so it never
 * goes below zero) and split over the eligible items in proportion to their subtotals by largest remainder:
 * the parts add up to the discount exactly, no item is discounted more than its own subtotal, and items the
 * code does not cover get 0.
 */
export function discountsOf(value: PromotionValue, terms: Pick<PromotionTerms, 'ticketTypeIds'>, items: readonly DiscountableItem[]): Minor[] {
  const weights = items.map((item) => (isEligibleItem(terms, item) ? item.subtotal : 0));
  const base = sum(weights);
  if (base === 0) return items.map(() => 0);
  const discount = value.type === 'percent' ? percentOf(base, value.rate) : Math.min(value.amount, base);
  return allocate(discount, weights);
}

// ---------------------------------------------------------------- definitions

/** A promotion as an admin writes it (create or update body), before validation. */
export interface PromotionInput {
  code: string;
  description?: string | null;
  type: PromotionType;
  value: string | number;
  currency?: string | null;
  eventIds?: string[] | null;
  ticketTypeIds?: string[] | null;
  startsAt?: string | null;
  endsAt?: string | null;
  maxRedemptions?: number | null;
  maxRedemptionsPerUser?: number | null;
  minSubtotal?: number | null;
  active?: boolean;
}

/** A validated definition, ready to store. */
export interface PromotionDefinition extends PromotionTerms {
  code: string;
  description: string | null;
  maxRedemptions: number | null;
  maxRedemptionsPerUser: number | null;
}

export interface PromotionFieldError {
  field: string;
  message: string;
}

export type PromotionValidation = { ok: true; definition: PromotionDefinition } | { ok: false; errors: PromotionFieldError[] };

/**
 * Checks what a schema cannot: the code's characters and length, a percent in (0, 100] as a decimal string,
 * a fixed amount as positive minor units with its currency, `endsAt` after `startsAt`. Field names are as
 * the problem document reports them (`body.value`).
 */
export function validatePromotion(input: PromotionInput): PromotionValidation {
  const errors: PromotionFieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field: `body.${field}`, message });
  if (!PROMO_CODE_PATTERN.test(input.code)) {
    fail('code', `must be 1 to ${PROMO_CODE_MAX_LENGTH} letters, digits, "-" or "_", without spaces`);
  }
  const value = valueOf(input, fail);
  const startsAt = dateOf(input.startsAt, 'startsAt', fail);
  const endsAt = dateOf(input.endsAt, 'endsAt', fail);
  if (startsAt && endsAt && endsAt <= startsAt) fail('endsAt', 'must be after startsAt');
  if (errors.length > 0 || value === null) return { ok: false, errors };
  return {
    ok: true,
    definition: {
      code: input.code,
      description: input.description ?? null,
      value,
      eventIds: distinctOrNull(input.eventIds),
      ticketTypeIds: distinctOrNull(input.ticketTypeIds),
      startsAt,
      endsAt,
      minSubtotal: input.minSubtotal ?? null,
      active: input.active ?? true,
      maxRedemptions: input.maxRedemptions ?? null,
      maxRedemptionsPerUser: input.maxRedemptionsPerUser ?? null,
    },
  };
}

function valueOf(input: PromotionInput, fail: (field: string, message: string) => void): PromotionValue | null {
  if (input.type === 'percent') {
    if (input.currency !== undefined && input.currency !== null) fail('currency', 'applies to fixed promotions only');
    const rate = typeof input.value === 'string' ? parsePercent(input.value) : null;
    if (rate === null) {
      fail('value', 'must be a decimal percent string greater than 0 and at most 100, such as "15" or "12.5"');
      return null;
    }
    return { type: 'percent', rate };
  }
  if (typeof input.value !== 'number' || !Number.isSafeInteger(input.value) || input.value < 1) {
    fail('value', 'must be a positive integer amount in minor units for a fixed promotion');
    return null;
  }
  if (input.currency === undefined || input.currency === null) {
    fail('currency', 'is required for a fixed promotion');
    return null;
  }
  return { type: 'fixed', amount: input.value, currency: input.currency };
}

function parsePercent(text: string): Rate | null {
  try {
    const rate = parseRate(text);
    return rate.units > 0n ? rate : null;
  } catch (error) {
    if (error instanceof InvalidRateError) return null;
    throw error;
  }
}

function dateOf(text: string | null | undefined, field: string, fail: (field: string, message: string) => void): Date | null {
  if (text === undefined || text === null) return null;
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) {
    fail(field, 'must be an RFC 3339 date-time');
    return null;
  }
  return date;
}

function distinctOrNull(ids: readonly string[] | null | undefined): string[] | null {
  return ids === undefined || ids === null ? null : [...new Set(ids.map((id) => id.toLowerCase()))];
}
