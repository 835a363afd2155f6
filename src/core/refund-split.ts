/**
 * How a refund's money is paid out when the order's money came through several payment intents (its own at
 * checkout, and one per order change that charged more, SPEC §13): most recent intent first, never more from an
 * intent than it took minus what was refunded from it. Pure: the settlement plans the parts once, stores them
 * with the refund, and asks the Payment service for each part with its own key.
 */

/** One payment intent of an order: what it took and what refunds already gave (or are giving) back from it. */
export interface IntentBalance {
  intentId: string;
  taken: number;
  refunded: number;
}

export interface RefundPart {
  intentId: string;
  amount: number;
}

export interface RefundSplit {
  parts: RefundPart[];
  /** What no intent can still give back (zero unless the books are wrong); the caller refuses such a refund. */
  uncovered: number;
}

/**
 * Splits `amount` over `intents`, given most recent first. Each part is positive; the parts and `uncovered`
 * add up to `amount`; no intent gives more than `taken − refunded`.
 */
export function splitRefund(amount: number, intents: readonly IntentBalance[]): RefundSplit {
  const parts: RefundPart[] = [];
  let left = amount;
  for (const intent of intents) {
    if (left <= 0) break;
    const refundable = Math.max(0, intent.taken - intent.refunded);
    const part = Math.min(left, refundable);
    if (part <= 0) continue;
    parts.push({ intentId: intent.intentId, amount: part });
    left -= part;
  }
  return { parts, uncovered: Math.max(0, left) };
}

/** The Payment service key of a refund's part: the first keeps the refund's own key, further ones name their intent. */
export function refundPartKey(refundId: string, intentId: string, index: number): string {
  return index === 0 ? `refund:${refundId}` : `refund:${refundId}:${intentId}`;
}
