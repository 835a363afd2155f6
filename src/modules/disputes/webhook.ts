/**
 * The payment webhook of disputes (SPEC §8). A webhook is applied in one transaction: the webhook inbox row,
 * the dispute and its history, the order's refund lock, the timeline and the outbox message commit together
 * or not at all. The order's tenant is found by a narrow system-path lookup (the webhook carries no tenant);
 * every write then runs in that tenant's transaction under row-level security. A payment intent that
 * matches no order is stored without a tenant (system path only) and alerted. Alerts over HTTP and ticket
 * voiding follow the commit and never hold up the webhook's answer.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Database, Tx } from '../../db/database.js';
import { enqueueMessage } from '../../bus/outbox.js';
import { decideDisputeEvent, doubleLossRisk, refundLockRequired, type DisputeDecision } from '../../core/dispute-decision.js';
import type { Metrics } from '../../metrics.js';
import { appendTimeline, findOrder, PAYMENT_SERVICE_ACTOR, SYSTEM_ACTOR, type Order } from '../orders/index.js';
import { readTenantSettings } from '../tenant-settings/index.js';
import { AlertSender, type DisputeAlert, type DisputeAlertType } from './alerts.js';
import type { Dispute, DisputeWebhook } from './model.js';
import {
  countOpenDisputes,
  countOpenDisputesOfOrder,
  findDisputeByPaymentId,
  findDisputeHome,
  findOrdersByPaymentIntent,
  flagDoubleLossRisk,
  insertDisputeEvent,
  insertDisputeIfNew,
  recordWebhook,
  setRefundLock,
  updateDispute,
  webhookSeen,
} from './repository.js';
import { TICKET_VOID_RETRY_AFTER_MS, type TicketVoiding } from './ticket-voids.js';
import { verifyPaymentSignature } from './webhook-signature.js';

export interface DisputeWebhookDependencies {
  db: Database;
  clock: Clock;
  config: Pick<Config, 'paymentWebhookSecret' | 'alertWebhookUrl'>;
  metrics: Metrics;
  log: FastifyBaseLogger;
  /** The first voiding attempt after a lost dispute follows the commit. */
  ticketVoids: TicketVoiding;
  /** Defaults to an AlertSender posting to config.alertWebhookUrl. */
  alerts?: AlertSender;
}

export type WebhookResult = 'processed' | 'already_processed';

/** Where a webhook's dispute lives: an order of a tenant, or nowhere (unmatched payment intent). */
type DisputeHome = { tenantId: string; orderId: string } | { tenantId: null; orderId: null };

/** What a committed webhook left to do after the commit. */
interface AppliedWebhook {
  webhook: DisputeWebhook;
  dispute: Dispute;
  decision: DisputeDecision;
  order: Pick<Order, 'id' | 'orderNumber' | 'refundedAmount'> | null;
  refundLocked: boolean;
  doubleLossRisk: boolean;
  voidTickets: boolean;
  openInTenant: number;
}

function disputeMessageData(order: Order, dispute: Dispute, refundLocked: boolean): Record<string, unknown> {
  return {
    orderId: order.id,
    orderNumber: order.orderNumber,
    userId: order.userId,
    eventId: order.eventId,
    disputeId: dispute.id,
    paymentDisputeId: dispute.paymentDisputeId,
    paymentIntentId: dispute.paymentIntentId,
    status: dispute.status,
    amount: dispute.amount,
    currency: dispute.currency,
    reason: dispute.reason,
    evidenceDueBy: dispute.evidenceDueBy?.toISOString() ?? null,
    refundLocked,
    refundedAmount: order.refundedAmount,
    doubleLossRisk: dispute.doubleLossRisk,
    ...(dispute.outcome ? { outcome: dispute.outcome, lostAmount: dispute.lostAmount } : {}),
  };
}

export class DisputeWebhooks {
  readonly alerts: AlertSender;
  private readonly background = new Set<Promise<void>>();

  constructor(private readonly deps: DisputeWebhookDependencies) {
    this.alerts = deps.alerts ?? new AlertSender({ url: deps.config.alertWebhookUrl, log: deps.log });
  }

  /** Authenticates a delivery by its signature over the raw body (throws WEBHOOK_SIGNATURE_INVALID / _STALE). */
  authenticateWebhook(rawBody: Buffer, signatureHeader: string | string[] | undefined): void {
    verifyPaymentSignature({
      header: signatureHeader,
      rawBody,
      secret: this.deps.config.paymentWebhookSecret,
      nowSeconds: Math.floor(this.deps.clock.now().getTime() / 1000),
    });
  }

  /** Applies a verified webhook once: a repeated webhook id changes nothing and answers already_processed. */
  async applyWebhook(webhook: DisputeWebhook): Promise<WebhookResult> {
    const { db, clock } = this.deps;
    const home = await db.system((tx) => this.findHome(tx, webhook));
    if (home === 'seen') return 'already_processed';
    const receivedAt = clock.now();
    const applied =
      home.tenantId === null
        ? await db.system((tx) => this.applyUnmatched(tx, webhook, receivedAt))
        : await db.tenant(home.tenantId, (tx) => this.applyToOrder(tx, home, webhook, receivedAt));
    if (!applied) return 'already_processed';
    this.afterCommit(applied);
    return 'processed';
  }

  /** System path, read-only and narrow: has the webhook been seen, and whose dispute is it? */
  private async findHome(tx: Tx, webhook: DisputeWebhook): Promise<DisputeHome | 'seen'> {
    if (await webhookSeen(tx, webhook.id)) return 'seen';
    // A known dispute stays where it was first stored, whatever later webhooks say about the intent.
    const known = await findDisputeHome(tx, webhook.data.disputeId);
    if (known) {
      return known.tenantId && known.orderId ? { tenantId: known.tenantId, orderId: known.orderId } : { tenantId: null, orderId: null };
    }
    const orders = await findOrdersByPaymentIntent(tx, webhook.data.paymentIntentId);
    if (orders.length > 1) {
      this.deps.log.error({ paymentIntentId: webhook.data.paymentIntentId }, 'several orders share a payment intent; the dispute goes to the oldest');
    }
    const first = orders[0];
    return first ? { tenantId: first.tenantId, orderId: first.id } : { tenantId: null, orderId: null };
  }

  /** Serializes webhooks of one dispute (the unmatched path has no order row to lock). */
  private async lockDispute(tx: Tx, paymentDisputeId: string): Promise<void> {
    await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`dispute:${paymentDisputeId}`]);
  }

  private async applyToOrder(
    tx: Tx,
    home: { tenantId: string; orderId: string },
    webhook: DisputeWebhook,
    receivedAt: Date,
  ): Promise<AppliedWebhook | null> {
    const { tenantId, orderId } = home;
    if (!(await recordWebhook(tx, { id: webhook.id, type: webhook.type, tenantId, receivedAt }))) return null;
    await this.lockDispute(tx, webhook.data.disputeId);
    // The order row lock is the refund-lock contract: a refund reserving on this order holds the same lock, so it
    // either committed before us (and its refunded amount is seen below) or waits and then sees refund_locked.
    const order = await findOrder(tx, orderId, { forUpdate: true });
    if (!order) throw new Error(`order ${orderId} of a dispute is not visible in its tenant`);
    const settings = await readTenantSettings(tx, tenantId);

    const existing = await findDisputeByPaymentId(tx, webhook.data.disputeId, { forUpdate: true });
    const decision = decideDisputeEvent(existing, webhook);
    const risk = decision.opened && doubleLossRisk(order);
    const voidTickets = decision.closed && decision.next.outcome === 'lost' && settings.disputes.voidTicketsOnLoss;
    const dispute = await this.storeDispute(tx, { tenantId, orderId }, existing, webhook, decision, {
      doubleLossRisk: risk,
      voidTickets,
      now: receivedAt,
    });
    await insertDisputeEvent(tx, { tenantId, disputeId: dispute.id, webhook, receivedAt, applied: decision.applied });

    const refundLocked = refundLockRequired(await countOpenDisputesOfOrder(tx, orderId));
    await setRefundLock(tx, orderId, refundLocked, receivedAt);
    if (decision.applied) await this.recordOnOrder(tx, order, dispute, decision, { refundLocked, risk, at: receivedAt });

    return {
      webhook,
      dispute,
      decision,
      order: { id: order.id, orderNumber: order.orderNumber, refundedAmount: order.refundedAmount },
      refundLocked,
      doubleLossRisk: risk,
      voidTickets,
      openInTenant: await countOpenDisputes(tx, tenantId),
    };
  }

  private async applyUnmatched(tx: Tx, webhook: DisputeWebhook, receivedAt: Date): Promise<AppliedWebhook | null> {
    if (!(await recordWebhook(tx, { id: webhook.id, type: webhook.type, tenantId: null, receivedAt }))) return null;
    await this.lockDispute(tx, webhook.data.disputeId);
    const existing = await findDisputeByPaymentId(tx, webhook.data.disputeId, { forUpdate: true });
    const decision = decideDisputeEvent(existing, webhook);
    const dispute = await this.storeDispute(tx, { tenantId: null, orderId: null }, existing, webhook, decision, {
      doubleLossRisk: false,
      voidTickets: false,
      now: receivedAt,
    });
    await insertDisputeEvent(tx, { tenantId: null, disputeId: dispute.id, webhook, receivedAt, applied: decision.applied });
    return {
      webhook,
      dispute,
      decision,
      order: null,
      refundLocked: false,
      doubleLossRisk: false,
      voidTickets: false,
      openInTenant: await countOpenDisputes(tx, null),
    };
  }

  private async storeDispute(
    tx: Tx,
    home: DisputeHome,
    existing: Dispute | null,
    webhook: DisputeWebhook,
    decision: DisputeDecision,
    extra: { doubleLossRisk: boolean; voidTickets: boolean; now: Date },
  ): Promise<Dispute> {
    const ticketsVoid = extra.voidTickets
      ? { ticketsVoidState: 'pending' as const, ticketsVoidNextAt: new Date(extra.now.getTime() + TICKET_VOID_RETRY_AFTER_MS) }
      : {};
    if (!existing) {
      const inserted = await insertDisputeIfNew(tx, {
        id: randomUUID(),
        tenantId: home.tenantId,
        orderId: home.orderId,
        paymentDisputeId: webhook.data.disputeId,
        paymentIntentId: webhook.data.paymentIntentId,
        state: decision.next,
        doubleLossRisk: extra.doubleLossRisk,
        ticketsVoidState: null,
        ticketsVoidNextAt: null,
        ...ticketsVoid,
        now: extra.now,
      });
      // Only a row this transaction cannot see (another tenant's) conflicts: webhooks of one dispute are serialized.
      if (!inserted) throw new Error(`dispute ${webhook.data.disputeId} is stored under another tenant`);
      return inserted;
    }
    if (!decision.applied) return existing;
    return updateDispute(tx, existing.id, { state: decision.next, doubleLossRisk: extra.doubleLossRisk, ...ticketsVoid, now: extra.now });
  }

  /** The order's timeline and the bus learn what the dispute did, in the same transaction. */
  private async recordOnOrder(
    tx: Tx,
    order: Order,
    dispute: Dispute,
    decision: DisputeDecision,
    facts: { refundLocked: boolean; risk: boolean; at: Date },
  ): Promise<void> {
    const base = {
      disputeId: dispute.id,
      paymentDisputeId: dispute.paymentDisputeId,
      status: dispute.status,
      amount: dispute.amount,
      currency: dispute.currency,
      refundLocked: facts.refundLocked,
    };
    const entry = (type: string, data: Record<string, unknown>, reason: string | null = null) =>
      appendTimeline(tx, { tenantId: order.tenantId, orderId: order.id, type, actor: PAYMENT_SERVICE_ACTOR, reason, data, at: facts.at });
    const data = disputeMessageData(order, dispute, facts.refundLocked);

    if (decision.opened) {
      await entry('dispute.opened', { ...base, evidenceDueBy: dispute.evidenceDueBy?.toISOString() ?? null }, dispute.reason);
      await enqueueMessage(tx, { type: 'order.dispute.opened', tenantId: order.tenantId, data, time: facts.at });
    }
    if (decision.updated) await entry('dispute.updated', { ...base, evidenceDueBy: dispute.evidenceDueBy?.toISOString() ?? null });
    if (decision.closed) {
      await entry('dispute.closed', { ...base, outcome: dispute.outcome, lostAmount: dispute.lostAmount });
      await enqueueMessage(tx, { type: 'order.dispute.closed', tenantId: order.tenantId, data, time: facts.at });
    }
    if (facts.risk) {
      await appendTimeline(tx, {
        tenantId: order.tenantId,
        orderId: order.id,
        type: 'dispute.double_loss_risk',
        actor: SYSTEM_ACTOR,
        reason: 'a dispute was opened against an order that was already refunded',
        data: { disputeId: dispute.id, amount: dispute.amount, refundedAmount: order.refundedAmount, currency: dispute.currency },
        at: facts.at,
      });
    }
  }

  private afterCommit(result: AppliedWebhook): void {
    const { dispute, decision, webhook, order } = result;
    const { log, metrics } = this.deps;
    const context = {
      tenantId: dispute.tenantId,
      orderId: dispute.orderId,
      disputeId: dispute.id,
      paymentDisputeId: dispute.paymentDisputeId,
      paymentIntentId: dispute.paymentIntentId,
      webhookId: webhook.id,
      webhookType: webhook.type,
      status: dispute.status,
      amount: dispute.amount,
      currency: dispute.currency,
    };
    if (decision.inconsistent) log.warn({ ...context, reportedStatus: webhook.data.status }, 'dispute webhook type and status disagree');
    if (!decision.applied) {
      log.info(context, 'dispute webhook out of order or after close; kept as history only');
      return;
    }
    metrics.disputesOpen.set({ tenant: dispute.tenantId ?? 'unmatched' }, result.openInTenant);

    if (decision.opened) {
      const message = order ? 'payment dispute opened' : 'payment dispute for an unknown payment intent';
      log.warn({ ...context, reason: dispute.reason, refundLocked: result.refundLocked }, message);
    } else if (decision.updated) {
      log.info(context, 'payment dispute updated');
    }
    if (decision.closed) {
      log.warn({ ...context, outcome: dispute.outcome, lostAmount: dispute.lostAmount, refundLocked: result.refundLocked }, 'payment dispute closed');
    }

    const alerts: DisputeAlertType[] = [];
    if (decision.opened) alerts.push(order ? 'DISPUTE_OPENED' : 'DISPUTE_UNMATCHED');
    if (decision.closed) alerts.push('DISPUTE_CLOSED');
    if (result.doubleLossRisk) {
      alerts.push('DOUBLE_LOSS_RISK');
      log.warn({ ...context, refundedAmount: order?.refundedAmount }, 'DOUBLE_LOSS_RISK: dispute against an order that was already refunded');
    }
    for (const type of alerts) this.alerts.send(this.alertOf(type, dispute, order));

    if (result.voidTickets && dispute.tenantId && dispute.orderId) {
      this.inBackground(this.deps.ticketVoids.attempt({ disputeId: dispute.id, tenantId: dispute.tenantId, orderId: dispute.orderId, attempts: 0 }));
    }
  }

  private alertOf(type: DisputeAlertType, dispute: Dispute, order: AppliedWebhook['order']): DisputeAlert {
    const money = `${dispute.amount} ${dispute.currency} (minor units)`;
    const where = order ? `order ${order.orderNumber}` : `unknown payment intent ${dispute.paymentIntentId}`;
    const lost = dispute.lostAmount ? `, lost ${dispute.lostAmount} ${dispute.currency}` : '';
    const summaries: Record<DisputeAlertType, string> = {
      DISPUTE_OPENED: `Dispute opened on ${where} for ${money}, reason ${dispute.reason}; refunds are locked`,
      DISPUTE_UNMATCHED: `Dispute for ${money} on a payment intent that matches no order (${dispute.paymentIntentId})`,
      DISPUTE_CLOSED: `Dispute on ${where} closed: ${dispute.outcome ?? dispute.status}${lost}`,
      DOUBLE_LOSS_RISK: `Dispute on ${where}, already refunded ${order?.refundedAmount ?? 0} ${dispute.currency}: the money may be lost twice`,
    };
    const critical = type === 'DOUBLE_LOSS_RISK' || type === 'DISPUTE_UNMATCHED' || (type === 'DISPUTE_CLOSED' && dispute.outcome === 'lost');
    return {
      id: randomUUID(),
      type,
      severity: critical ? 'critical' : 'warning',
      summary: summaries[type],
      tenantId: dispute.tenantId,
      orderId: dispute.orderId,
      orderNumber: order?.orderNumber ?? null,
      dispute: {
        id: dispute.id,
        paymentDisputeId: dispute.paymentDisputeId,
        paymentIntentId: dispute.paymentIntentId,
        status: dispute.status,
        amount: dispute.amount,
        lostAmount: dispute.lostAmount,
        currency: dispute.currency,
        reason: dispute.reason,
        evidenceDueBy: dispute.evidenceDueBy?.toISOString() ?? null,
      },
      ...(order ? { refundedAmount: order.refundedAmount } : {}),
      occurredAt: this.deps.clock.now().toISOString(),
    };
  }

  // ---------- after a refund ----------

  /**
   * To be called by the refund module after a refund succeeded (its transaction committed). A refund that was
   * reserved before a dispute opened may pay out while the dispute is open: each open dispute of the order is
   * then flagged DOUBLE_LOSS_RISK once (timeline entry and alert). Answers how many were flagged.
   */
  async refundSucceeded(tenantId: string, orderId: string): Promise<number> {
    const flagged = await this.deps.db.tenant(tenantId, async (tx) => {
      const order = await findOrder(tx, orderId, { forUpdate: true });
      if (!order || !doubleLossRisk(order)) return null;
      const now = this.deps.clock.now();
      const disputes = await flagDoubleLossRisk(tx, orderId, now);
      for (const dispute of disputes) {
        await appendTimeline(tx, {
          tenantId,
          orderId,
          type: 'dispute.double_loss_risk',
          actor: SYSTEM_ACTOR,
          reason: 'a refund succeeded while a dispute of the order is open',
          data: { disputeId: dispute.id, amount: dispute.amount, refundedAmount: order.refundedAmount, currency: dispute.currency },
          at: now,
        });
      }
      return { order, disputes };
    });
    if (!flagged) return 0;
    for (const dispute of flagged.disputes) {
      this.deps.log.warn(
        { tenantId, orderId, disputeId: dispute.id, refundedAmount: flagged.order.refundedAmount },
        'DOUBLE_LOSS_RISK: refund succeeded during an open dispute',
      );
      this.alerts.send(this.alertOf('DOUBLE_LOSS_RISK', dispute, flagged.order));
    }
    return flagged.disputes.length;
  }

  private inBackground(work: Promise<void>): void {
    const tracked = work
      .catch((error: unknown) => this.deps.log.error({ err: error }, 'dispute background work failed'))
      .finally(() => this.background.delete(tracked));
    this.background.add(tracked);
  }

  /** Graceful shutdown: lets background work and alert deliveries finish within the deadline. */
  async close(deadlineMs = 1500): Promise<void> {
    const deadline = new Promise<void>((resolve) => setTimeout(resolve, deadlineMs).unref());
    await Promise.race([Promise.allSettled([...this.background]), deadline]);
    await this.alerts.close(deadlineMs);
  }
}
