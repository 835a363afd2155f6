/**
 * Promotions (SPEC §14): admin management and staff reads, each one tenant transaction; and the two steps
 * a checkout takes inside its own transaction — apply a code to the cart, then redeem it for the order.
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../../clock.js';
import type { Database, Tx } from '../../db/database.js';
import { PgCode, pgErrorCode } from '../../db/database.js';
import type { Minor } from '../../core/money.js';
import {
  discountsOf,
  promotionProblem,
  validatePromotion,
  type PromoCodeReason,
  type PromotionCart,
  type PromotionDefinition,
  type PromotionInput,
} from '../../core/promotions.js';
import { InvalidState, NotFound, PromoCodeExhausted, PromoCodeExists, PromoCodeInvalid, ValidationFailed } from '../../errors.js';
import type { Principal } from '../../http/auth.js';
import { keysetAfter, keysetPositionOf, pageOf } from '../../http/pagination.js';
import type { EventClient } from '../../peers/contract.js';
import type { Promotion } from './model.js';
import {
  deletePromotion,
  everRedeemed,
  findPromotion,
  findRedeemable,
  heldByUser,
  insertPromotion,
  listPromotions,
  lockPromotion,
  takeRedemption,
  updatePromotion,
  type RedeemablePromotion,
} from './repository.js';

export interface PromotionDependencies {
  db: Database;
  clock: Clock;
  events: EventClient;
}

export interface PromotionListQuery {
  active?: boolean;
  code?: string;
  limit: number;
  cursor?: string;
}

export class PromotionService {
  constructor(private readonly deps: PromotionDependencies) {}

  async create(principal: Principal, input: PromotionInput): Promise<Promotion> {
    const definition = await this.validated(principal, input);
    const id = randomUUID();
    return this.withCodeConflictMapped(() =>
      this.deps.db.tenant(principal.tenantId, async (tx) => {
        await insertPromotion(tx, { id, tenantId: principal.tenantId, definition, now: this.deps.clock.now() });
        return required(await findPromotion(tx, id));
      }),
    );
  }

  /** Replaces the definition; orders that used the code keep their discount. */
  async update(principal: Principal, id: string, input: PromotionInput): Promise<Promotion> {
    const definition = await this.validated(principal, input);
    return this.withCodeConflictMapped(() =>
      this.deps.db.tenant(principal.tenantId, async (tx) => {
        if (!(await lockPromotion(tx, id))) throw new NotFound(`Promotion ${id} not found`);
        await updatePromotion(tx, id, definition, this.deps.clock.now());
        return required(await findPromotion(tx, id));
      }),
    );
  }

  /** Deletes a promotion no order ever used; one that was used is kept (orders name it) and can be deactivated. */
  remove(principal: Principal, id: string): Promise<void> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      if (!(await lockPromotion(tx, id))) throw new NotFound(`Promotion ${id} not found`);
      if (await everRedeemed(tx, id)) {
        throw new InvalidState('Orders have used this promotion, so it is kept; set active to false to stop it');
      }
      await deletePromotion(tx, id);
    });
  }

  get(principal: Principal, id: string): Promise<Promotion> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => required(await findPromotion(tx, id)));
  }

  async list(principal: Principal, query: PromotionListQuery): Promise<{ data: Promotion[]; nextCursor: string | null }> {
    const after = keysetAfter(query.cursor);
    const { cursor: _cursor, ...filter } = query;
    const rows = await this.deps.db.tenant(principal.tenantId, (tx) => listPromotions(tx, { ...filter, after }));
    return pageOf(rows, query.limit, keysetPositionOf);
  }

  /** The definition's own rules, then the events it names: each an event of the tenant, in a fixed code's currency. */
  private async validated(principal: Principal, input: PromotionInput): Promise<PromotionDefinition> {
    const result = validatePromotion(input);
    if (!result.ok) throw new ValidationFailed('The promotion is not valid', result.errors);
    const { definition } = result;
    const ctx = { tenantId: principal.tenantId };
    const events = await Promise.all((definition.eventIds ?? []).map((eventId) => this.deps.events.getEvent(eventId, ctx)));
    const errors = events.flatMap((event, index) => {
      const field = `body.eventIds[${index}]`;
      if (!event || event.tenantId !== principal.tenantId) return [{ field, message: 'is not an event of this tenant' }];
      if (definition.value.type === 'fixed' && event.currency !== definition.value.currency) {
        return [{ field: 'body.currency', message: `must be the currency of event ${event.id} (${event.currency})` }];
      }
      return [];
    });
    if (errors.length > 0) throw new ValidationFailed('The promotion is not valid', errors);
    return definition;
  }

  private async withCodeConflictMapped<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (pgErrorCode(error) === PgCode.uniqueViolation) {
        throw new PromoCodeExists('Another promotion of this tenant already has this code (codes are compared case-insensitively)');
      }
      throw error;
    }
  }
}

function required(promotion: Promotion | null): Promotion {
  if (!promotion) throw new NotFound('Promotion not found');
  return promotion;
}

// ---------------------------------------------------------------- checkout

const REASON_DETAIL: Record<PromoCodeReason, string> = {
  UNKNOWN: 'No promotion has this code',
  INACTIVE: 'The promotion is not active',
  NOT_STARTED: 'The promotion has not started yet',
  ENDED: 'The promotion has ended',
  NOT_APPLICABLE: 'The promotion does not apply to this event, these tickets or this currency',
  BELOW_MINIMUM: "The eligible tickets do not reach the promotion's minimum subtotal",
  PER_USER_LIMIT: 'You have used this promotion as often as it allows',
};

function invalid(reason: PromoCodeReason): PromoCodeInvalid {
  return new PromoCodeInvalid(REASON_DETAIL[reason], reason);
}

/** A code that applies to the cart, with the discount of each item (cart order). */
export interface AppliedPromoCode {
  promotion: RedeemablePromotion;
  discounts: Minor[];
}

/**
 * Step one, inside the checkout's transaction before its order is written: the code's promotion, whether
 * it applies (422 PROMO_CODE_INVALID with the reason), the buyer's own limit, a first look at the overall
 * limit (409 PROMO_CODE_EXHAUSTED without writing anything), and the discount per item.
 */
export async function applyPromoCode(
  tx: Tx,
  request: { tenantId: string; userId: string; code: string; cart: PromotionCart; now: Date },
): Promise<AppliedPromoCode> {
  const promotion = await findRedeemable(tx, request.code);
  if (!promotion) throw invalid('UNKNOWN');
  const problem = promotionProblem(promotion, request.cart, request.now);
  if (problem) throw invalid(problem);
  if (promotion.maxRedemptionsPerUser !== null) {
    const held = await heldByUser(tx, request.tenantId, promotion.id, request.userId);
    if (held >= promotion.maxRedemptionsPerUser) throw invalid('PER_USER_LIMIT');
  }
  if (promotion.maxRedemptions !== null && promotion.limitedRedemptions >= promotion.maxRedemptions) throw exhausted();
  return { promotion, discounts: discountsOf(promotion.value, promotion, request.cart.items) };
}

/**
 * Step two, in the same transaction after the order is written: takes the redemption for the order, or
 * throws 409 PROMO_CODE_EXHAUSTED (and the transaction, order included, rolls back).
 */
export async function redeemPromoCode(
  tx: Tx,
  applied: AppliedPromoCode,
  order: { id: string; tenantId: string; userId: string; discount: Minor; currency: string; at: Date },
): Promise<void> {
  const { promotion } = applied;
  const taken = await takeRedemption(
    tx,
    {
      orderId: order.id,
      tenantId: order.tenantId,
      promotionId: promotion.id,
      userId: order.userId,
      discount: order.discount,
      currency: order.currency,
      takenAt: order.at,
    },
    promotion.maxRedemptions !== null,
  );
  if (!taken) throw exhausted();
}

function exhausted(): PromoCodeExhausted {
  return new PromoCodeExhausted('Every redemption of this promo code is taken');
}
