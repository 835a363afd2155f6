import { describe, expect, it } from 'vitest';
import type { DisputeStatus, DisputeWebhook, DisputeWebhookType } from '../../src/modules/disputes/model.js';
import { decideDisputeEvent, doubleLossRisk, refundLockRequired } from '../../src/core/dispute-decision.js';
import { alertBackoffMs } from '../../src/modules/disputes/alerts.js';

const T0 = Date.parse('2026-03-01T10:00:00Z');

function webhook(type: DisputeWebhookType, status: DisputeStatus, atMs: number, amount = 5000): DisputeWebhook {
  return {
    id: `evt-${type}-${atMs}`,
    type,
    createdAt: new Date(atMs),
    data: {
      disputeId: 'dp_1',
      paymentIntentId: 'pi_1',
      amount,
      currency: 'USD',
      reason: 'fraudulent',
      status,
      evidenceDueBy: new Date(atMs + 7 * 86_400_000),
    },
  };
}

describe('what a dispute webhook does', () => {
  it('opens a new dispute from dispute.created', () => {
    const decision = decideDisputeEvent(null, webhook('dispute.created', 'needs_response', T0));
    expect(decision).toMatchObject({ applied: true, opened: true, closed: false, updated: false, inconsistent: false });
    expect(decision.next).toMatchObject({ status: 'needs_response', outcome: null, lostAmount: 0, closedAt: null });
  });

  it('moves an open dispute on a newer update', () => {
    const opened = decideDisputeEvent(null, webhook('dispute.created', 'needs_response', T0)).next;
    const decision = decideDisputeEvent(opened, webhook('dispute.updated', 'under_review', T0 + 1000));
    expect(decision).toMatchObject({ applied: true, opened: false, updated: true, closed: false });
    expect(decision.next.status).toBe('under_review');
  });

  it('closes as lost with the disputed amount lost', () => {
    const opened = decideDisputeEvent(null, webhook('dispute.created', 'needs_response', T0)).next;
    const decision = decideDisputeEvent(opened, webhook('dispute.closed', 'lost', T0 + 1000, 4000));
    expect(decision).toMatchObject({ applied: true, closed: true, updated: false });
    expect(decision.next).toMatchObject({ status: 'lost', outcome: 'lost', lostAmount: 4000, closedAt: new Date(T0 + 1000) });
  });

  it('closes as won or warning_closed with nothing lost', () => {
    const opened = decideDisputeEvent(null, webhook('dispute.created', 'needs_response', T0)).next;
    for (const status of ['won', 'warning_closed'] as const) {
      const decision = decideDisputeEvent(opened, webhook('dispute.closed', status, T0 + 1000));
      expect(decision.next).toMatchObject({ status, outcome: status, lostAmount: 0 });
    }
  });

  it('keeps an older webhook as history only (out of order delivery)', () => {
    const updated = decideDisputeEvent(null, webhook('dispute.updated', 'under_review', T0 + 5000)).next;
    const late = decideDisputeEvent(updated, webhook('dispute.created', 'needs_response', T0));
    expect(late).toMatchObject({ applied: false, opened: false, closed: false, updated: false });
    expect(late.next.status).toBe('under_review');
  });

  it('never reopens a closed dispute', () => {
    const closed = decideDisputeEvent(null, webhook('dispute.closed', 'won', T0)).next;
    const after = decideDisputeEvent(closed, webhook('dispute.updated', 'under_review', T0 + 1000));
    expect(after.applied).toBe(false);
    expect(after.next.status).toBe('won');
  });

  it('a first webhook that already closes the dispute both opens and closes it', () => {
    const decision = decideDisputeEvent(null, webhook('dispute.closed', 'lost', T0));
    expect(decision).toMatchObject({ applied: true, opened: true, closed: true });
  });

  it('follows the status when the type disagrees, and says so', () => {
    const opened = decideDisputeEvent(null, webhook('dispute.created', 'needs_response', T0)).next;
    const decision = decideDisputeEvent(opened, webhook('dispute.closed', 'under_review', T0 + 1000));
    expect(decision).toMatchObject({ applied: true, closed: false, updated: true, inconsistent: true });
  });

  it('locks refunds while any dispute is open', () => {
    expect(refundLockRequired(0)).toBe(false);
    expect(refundLockRequired(1)).toBe(true);
    expect(refundLockRequired(2)).toBe(true);
  });

  it('sees a double-loss risk on refunded orders, including the automatic late-payment refund', () => {
    expect(doubleLossRisk({ refundedAmount: 0, paymentStatus: 'succeeded' })).toBe(false);
    expect(doubleLossRisk({ refundedAmount: 100, paymentStatus: 'succeeded' })).toBe(true);
    expect(doubleLossRisk({ refundedAmount: 0, paymentStatus: 'refunded' })).toBe(true);
  });
});

describe('alert retry backoff', () => {
  it('doubles from 200 ms, capped at 3.2 s, within ±20 % jitter', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 5, 6].map((retry) => alertBackoffMs(retry, 200, 3200, mid))).toEqual([200, 400, 800, 1600, 3200, 3200]);
    expect(alertBackoffMs(1, 200, 3200, () => 0)).toBe(160);
    expect(alertBackoffMs(1, 200, 3200, () => 1)).toBe(240);
  });
});
