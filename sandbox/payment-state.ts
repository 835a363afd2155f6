/**
 * The Payment service of the sandbox (SPEC §9): intents that succeed or fail, refunds that never exceed what
 * was paid, idempotency keys, and disputes. The Fastify app (payment-app.ts) only translates HTTP to these.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { CreateIntentRequest, Currency, IntentCancelOutcome, PaymentIntent, PaymentIntentStatus, PeerRefund, RefundRequest } from '../src/peers/contract.js';
import { notFound, SandboxError } from './peer-error.js';

export interface IntentRecord {
  id: string;
  tenantId: string;
  orderId: string;
  amount: number;
  currency: Currency;
  status: PaymentIntentStatus;
  clientSecret: string;
  refundedAmount: number;
  /**
   * The W3C traceparent of the call that created the intent: its outcome (message and confirmation) carries it
   * on, as a Payment service that propagates trace context would.
   */
  traceparent?: string;
}

interface RefundRecord {
  id: string;
  tenantId: string;
  paymentIntentId: string;
  amount: number;
  reason: string;
  status: PeerRefund['status'];
}

export interface DisputeRecord {
  id: string;
  paymentIntentId: string;
  amount: number;
  currency: Currency;
  reason: string;
  status: 'needs_response' | 'won' | 'lost';
  evidenceDueByMs: number;
}

/** An idempotency-key record: the request it was first used with and what that request created. */
interface KeyedResult {
  fingerprint: string;
  resultId: string;
}

const EVIDENCE_WINDOW_MS = 7 * 24 * 3600 * 1000;

export class PaymentSandbox {
  readonly intents = new Map<string, IntentRecord>();
  readonly refunds = new Map<string, RefundRecord>();
  readonly disputes = new Map<string, DisputeRecord>();
  private readonly intentKeys = new Map<string, KeyedResult>();
  private readonly refundKeys = new Map<string, KeyedResult>();

  constructor(readonly now: () => number) {}

  /** Idempotent per (tenant, key): the same body answers the same intent, another body is refused. */
  createIntent(request: CreateIntentRequest, tenantId: string, idempotencyKey: string, traceparent?: string): PaymentIntent {
    const keyed = this.replay(this.intentKeys, tenantId, idempotencyKey, request);
    if (keyed) return intentView(this.requireIntent(keyed, tenantId));
    const intent: IntentRecord = {
      id: randomUUID(),
      tenantId,
      orderId: request.orderId,
      amount: request.amount,
      currency: request.currency,
      status: 'requires_payment',
      clientSecret: `sandbox_secret_${randomBytes(16).toString('hex')}`,
      refundedAmount: 0,
      ...(traceparent ? { traceparent } : {}),
    };
    this.intents.set(intent.id, intent);
    this.remember(this.intentKeys, tenantId, idempotencyKey, request, intent.id);
    return intentView(intent);
  }

  /** Idempotent: cancelling a cancelled intent is fine; an unknown one is a 404, a paid one (409) can only be refunded. */
  cancelIntent(intentId: string, tenantId: string): PaymentIntent {
    const outcome = this.cancelOne(intentId, tenantId);
    if (outcome === 'unknown') throw notFound(`payment intent ${intentId}`);
    if (outcome === 'succeeded') throw new SandboxError(409, 'INVALID_STATE', `payment intent ${intentId} already succeeded; refund it instead`);
    return intentView(this.requireIntent(intentId, tenantId));
  }

  /** Many intents at once, each as cancelIntent: one outcome per id, in order (the batch route). */
  cancelIntents(intentIds: readonly string[], tenantId: string): { paymentIntentId: string; outcome: IntentCancelOutcome }[] {
    return intentIds.map((paymentIntentId) => ({ paymentIntentId, outcome: this.cancelOne(paymentIntentId, tenantId) }));
  }

  /** What cancelling one intent comes to; another tenant's intent is as unknown as one never made. */
  private cancelOne(intentId: string, tenantId: string): IntentCancelOutcome {
    const intent = this.intents.get(intentId);
    if (!intent || intent.tenantId !== tenantId) return 'unknown';
    if (intent.status === 'succeeded') return 'succeeded';
    intent.status = 'cancelled';
    return 'cancelled';
  }

  /** Sandbox control (read-only): a tenant's payment intents, for drills. */
  listIntents(tenantId: string): IntentRecord[] {
    return [...this.intents.values()].filter((intent) => intent.tenantId === tenantId).map((intent) => ({ ...intent }));
  }

  /** For sandbox controls, which act across tenants. */
  requireAnyIntent(intentId: string): IntentRecord {
    const intent = this.intents.get(intentId);
    if (!intent) throw notFound(`payment intent ${intentId}`);
    return intent;
  }

  /** Sandbox control: the customer paid. Repeating it is allowed (the notification is sent again). */
  succeedIntent(intentId: string): IntentRecord {
    const intent = this.requireAnyIntent(intentId);
    if (intent.status === 'cancelled') throw new SandboxError(409, 'INVALID_STATE', `payment intent ${intentId} is cancelled`);
    intent.status = 'succeeded';
    return intent;
  }

  /** Sandbox control: the card was declined; the customer may still try again. */
  failIntent(intentId: string): IntentRecord {
    const intent = this.requireAnyIntent(intentId);
    if (intent.status === 'cancelled' || intent.status === 'succeeded') {
      throw new SandboxError(409, 'INVALID_STATE', `payment intent ${intentId} is ${intent.status}`);
    }
    intent.status = 'failed';
    return intent;
  }

  /** The sum of refunds per intent never exceeds what was paid. Idempotent per (tenant, key). */
  refund(request: RefundRequest, tenantId: string, idempotencyKey: string): PeerRefund {
    const keyed = this.replay(this.refundKeys, tenantId, idempotencyKey, request);
    if (keyed) {
      const existing = this.refunds.get(keyed);
      if (existing) return refundView(existing);
    }
    const intent = this.requireIntent(request.paymentIntentId, tenantId);
    if (intent.status !== 'succeeded') {
      throw new SandboxError(409, 'INVALID_STATE', `payment intent ${intent.id} is ${intent.status}, not paid`);
    }
    const refundable = intent.amount - intent.refundedAmount;
    if (request.amount > refundable) {
      throw new SandboxError(409, 'REFUND_EXCEEDS_PAYMENT', `refund of ${request.amount} exceeds the ${refundable} still refundable on ${intent.id}`);
    }
    intent.refundedAmount += request.amount;
    const refund: RefundRecord = {
      id: randomUUID(),
      tenantId,
      paymentIntentId: intent.id,
      amount: request.amount,
      reason: request.reason,
      status: 'succeeded',
    };
    this.refunds.set(refund.id, refund);
    this.remember(this.refundKeys, tenantId, idempotencyKey, request, refund.id);
    return refundView(refund);
  }

  private requireIntent(intentId: string, tenantId: string): IntentRecord {
    const intent = this.intents.get(intentId);
    if (!intent || intent.tenantId !== tenantId) throw notFound(`payment intent ${intentId}`);
    return intent;
  }

  private replay(keys: Map<string, KeyedResult>, tenantId: string, key: string, request: object): string | undefined {
    const keyed = keys.get(`${tenantId}:${key}`);
    if (!keyed) return undefined;
    if (keyed.fingerprint !== JSON.stringify(request)) {
      throw new SandboxError(422, 'IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used with a different request');
    }
    return keyed.resultId;
  }

  private remember(keys: Map<string, KeyedResult>, tenantId: string, key: string, request: object, resultId: string): void {
    keys.set(`${tenantId}:${key}`, { fingerprint: JSON.stringify(request), resultId });
  }

  // ---------- disputes ----------

  /**
   * Disputes may name an intent the sandbox does not know (the order service must store and alert those),
   * in which case the amount has to be given.
   */
  openDispute(request: { paymentIntentId: string; amount?: number; currency?: Currency; reason?: string }): DisputeRecord {
    const intent = this.intents.get(request.paymentIntentId);
    const amount = request.amount ?? intent?.amount;
    if (amount === undefined) throw new SandboxError(400, 'VALIDATION_FAILED', 'amount is required for an unknown payment intent');
    const dispute: DisputeRecord = {
      id: randomUUID(),
      paymentIntentId: request.paymentIntentId,
      amount,
      currency: intent?.currency ?? request.currency ?? 'USD',
      reason: request.reason ?? 'fraudulent',
      status: 'needs_response',
      evidenceDueByMs: this.now() + EVIDENCE_WINDOW_MS,
    };
    this.disputes.set(dispute.id, dispute);
    return dispute;
  }

  closeDispute(disputeId: string, outcome: 'won' | 'lost'): DisputeRecord {
    const dispute = this.disputes.get(disputeId);
    if (!dispute) throw notFound(`dispute ${disputeId}`);
    if (dispute.status !== 'needs_response') throw new SandboxError(409, 'INVALID_STATE', `dispute ${disputeId} is already ${dispute.status}`);
    dispute.status = outcome;
    return dispute;
  }
}

export function intentView(intent: IntentRecord): PaymentIntent {
  return { id: intent.id, clientSecret: intent.clientSecret, status: intent.status, amount: intent.amount, currency: intent.currency };
}

function refundView(refund: RefundRecord): PeerRefund {
  return { id: refund.id, status: refund.status };
}
