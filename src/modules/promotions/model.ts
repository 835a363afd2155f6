/** A promotion as the service handles it: its definition, and how much it has been used. */
import type { PromotionDefinition } from '../../core/promotions.js';

export interface Promotion extends PromotionDefinition {
  id: string;
  tenantId: string;
  /** Redemptions held now: by orders pending, reserved or paid (given back ones do not count). */
  redemptions: number;
  /** The discount those orders carry, per currency. */
  discountTotal: { currency: string; amount: number }[];
  createdAt: Date;
  updatedAt: Date;
}

/** The promotion an order used, as the order shows it. */
export interface AppliedPromotion {
  id: string;
  code: string;
}
