/** The split of a refund over an order's payment intents (src/core/refund-split.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { refundPartKey, splitRefund, type IntentBalance } from '../../src/core/refund-split.js';

const change = (taken: number, refunded = 0): IntentBalance => ({ intentId: 'change', taken, refunded });
const own = (taken: number, refunded = 0): IntentBalance => ({ intentId: 'own', taken, refunded });

describe('splitRefund', () => {
  it.each([
    { name: 'one intent', amount: 4000, intents: [own(10800)], parts: [{ intentId: 'own', amount: 4000 }], uncovered: 0 },
    { name: 'the most recent intent first', amount: 3000, intents: [change(12080), own(10800)], parts: [{ intentId: 'change', amount: 3000 }], uncovered: 0 },
    {
      name: 'beyond the most recent intent, the rest from the next',
      amount: 22880,
      intents: [change(12080), own(10800)],
      parts: [
        { intentId: 'change', amount: 12080 },
        { intentId: 'own', amount: 10800 },
      ],
      uncovered: 0,
    },
    { name: 'an intent refunded already is skipped', amount: 500, intents: [change(12080, 12080), own(10800, 100)], parts: [{ intentId: 'own', amount: 500 }], uncovered: 0 },
    { name: 'more than the intents can give back', amount: 900, intents: [change(500, 200), own(600, 100)], parts: [{ intentId: 'change', amount: 300 }, { intentId: 'own', amount: 500 }], uncovered: 100 },
    { name: 'no intent', amount: 100, intents: [], parts: [], uncovered: 100 },
  ])('$name', ({ amount, intents, parts, uncovered }) => {
    expect(splitRefund(amount, intents)).toEqual({ parts, uncovered });
  });

  it('parts are positive, add up with what is uncovered to the amount, never exceed an intent, and leave nothing uncovered that fits', () => {
    const balance = fc.record({ taken: fc.integer({ min: 0, max: 100_000 }), refunded: fc.integer({ min: 0, max: 100_000 }) }).map(({ taken, refunded }) => ({
      taken,
      refunded: Math.min(taken, refunded),
    }));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300_000 }), fc.array(balance, { maxLength: 5 }), (amount, balances) => {
        const intents = balances.map((intent, index) => ({ intentId: `i${index}`, ...intent }));
        const { parts, uncovered } = splitRefund(amount, intents);
        expect(parts.every((part) => part.amount > 0)).toBe(true);
        expect(parts.reduce((total, part) => total + part.amount, 0) + uncovered).toBe(amount);
        const refundable = intents.reduce((total, intent) => total + intent.taken - intent.refunded, 0);
        expect(uncovered).toBe(Math.max(0, amount - refundable));
        for (const part of parts) {
          const intent = intents.find((candidate) => candidate.intentId === part.intentId)!;
          expect(part.amount).toBeLessThanOrEqual(intent.taken - intent.refunded);
        }
        // Each intent at most once, in the order given.
        const order = parts.map((part) => intents.findIndex((intent) => intent.intentId === part.intentId));
        expect(order).toEqual([...new Set(order)].sort((a, b) => a - b));
      }),
    );
  });

  it('the first part keeps the refund key; further parts name their intent', () => {
    expect(refundPartKey('r1', 'a', 0)).toBe('refund:r1');
    expect(refundPartKey('r1', 'b', 1)).toBe('refund:r1:b');
  });
});
