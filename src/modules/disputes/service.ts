/**
 * The dispute use cases (SPEC §8). A payment webhook is applied in one transaction: the webhook inbox row,
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
import { NotFound } from '../../errors.js';
import { isStaff, type Principal } from '../../http/auth.js';
import type { JobDefinition } from '../../jobs/job-runner.js';
import type { Metrics } from '../../metrics.js';
import type { Peers } from '../../peers/contract.js';
import { SYSTEM_ACTOR, type Order } from '../orders/model.js';
import { appendTimeline, findOrder } from '../orders/repository.js';
import { keysetAfter, keysetPositionOf, pageOf } from '../../db/keyset.js';
import { readTenantSettings, writeTenantSettingsSection, type DisputeSettings } from '../tenant-settings/repository.js';
import { AlertSender, type DisputeAlert, type DisputeAlertType } from './alerts.js';
import { PAYMENT_SERVICE_ACTOR, type Dispute, type DisputeWebhook, type DisputeWithHistory } from './model.js';
import {
  claimDueTicketVoids,
  countOpenDisputes,
  countOpenDisputesByTenant,
  countOpenDisputesOfOrder,
  findDisputeByPaymentId,
  findDisputeHome,
  findOrdersByPaymentIntent,
  finishTicketVoid,
  flagDoubleLossRisk,
  insertDisputeEvent,
  insertDisputeIfNew,
  listDisputes,
  listOrderDisputes,
  recordWebhook,
  setRefundLock,
  updateDispute,
  webhookSeen,
  type TicketVoidClaim,
} from './repository.js';
import { decideDisputeEvent, doubleLossRisk, refundLockRequired, type DisputeDecision } from '../../core/dispute-decision.js';
import { verifyPaymentSignature } from './webhook-signature.js';

export interface DisputeDependencies {
  db: Database;
  peers: Peers;
  clock: Clock;
  config: Pick<Config, 'paymentWebhookSecret' | 'alertWebhookUrl'>;
  metrics: Metrics;
  log: FastifyBaseLogger;
  /** Defaults to an AlertSender posting to config.alertWebhookUrl. */
  alerts?: AlertSender;
}

export type WebhookResult = 'processed' | 'already_processed';

/** The first ticket-voiding attempt runs right after the commit; the retry job takes over after this delay. */
const TICKET_VOID_RETRY_AFTER_MS = 60_000;
const TICKET_VOID_LEASE_MS = 5 * 60_000;
/** Attempts of the retry job before a voiding is given up as failed (and logged at error). */
export const TICKET_VOID_MAX_ATTEMPTS = 5;

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

export interface DisputePage {
  data: DisputeWithHistory[];
  nextCursor: string | null;
}

export interface DisputeListQuery {
  status?: Dispute['status'];
  dueBefore?: Date;
  limit: number;
  cursor?: string;
}

function visibleOrder(order: Order | null, principal: Principal): Order {
  if (!order || (!isStaff(principal) && order.userId !== principal.userId)) throw new NotFound('Order not found');
  return order;
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

export class DisputeService {
  readonly alerts: AlertSender;
  private readonly background = new Set<Promise<void>>();

  constructor(private readonly deps: DisputeDependencies) {
    this.alerts = deps.alerts ?? new AlertSender({ url: deps.config.alertWebhookUrl, log: deps.log });
  }

  // ---------- the payment webhook ----------

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
      this.inBackground(this.voidTickets({ disputeId: dispute.id, tenantId: dispute.tenantId, orderId: dispute.orderId, attempts: 0 }));
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

  // ---------- for the refund module ----------

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

  // ---------- voiding tickets after a lost dispute ----------

  /**
   * Voids the tickets the Ticket service still holds valid for the order (refunded, released ones are not
   * ours to void any more). The first attempt follows the commit; the retry job repeats until it works or
   * TICKET_VOID_MAX_ATTEMPTS are used up.
   */
  private async voidTickets(claim: TicketVoidClaim): Promise<void> {
    const { peers, db, clock, log } = this.deps;
    const ctx = { tenantId: claim.tenantId };
    const where = { tenantId: claim.tenantId, orderId: claim.orderId, disputeId: claim.disputeId };
    try {
      const ticketIds = (await peers.tickets.orderTickets(claim.orderId, ctx)).map((ticket) => ticket.ticketId);
      if (ticketIds.length > 0) await peers.tickets.voidTickets(ticketIds, ctx);
      await db.tenant(claim.tenantId, async (tx) => {
        const now = clock.now();
        if (!(await finishTicketVoid(tx, claim.disputeId, 'voided', now))) return;
        await appendTimeline(tx, {
          tenantId: claim.tenantId,
          orderId: claim.orderId,
          type: 'dispute.tickets_voided',
          actor: SYSTEM_ACTOR,
          reason: 'dispute lost; the tenant voids the tickets of lost disputes',
          data: { disputeId: claim.disputeId, ticketIds },
          at: now,
        });
      });
      log.info({ ...where, tickets: ticketIds.length }, 'tickets of a lost dispute voided');
    } catch (error) {
      if (claim.attempts < TICKET_VOID_MAX_ATTEMPTS) {
        log.warn({ ...where, err: error, attempt: claim.attempts }, 'voiding the tickets of a lost dispute failed; will retry');
        return;
      }
      log.error({ ...where, err: error }, 'voiding the tickets of a lost dispute failed for good');
      await db
        .tenant(claim.tenantId, async (tx) => {
          const now = clock.now();
          if (!(await finishTicketVoid(tx, claim.disputeId, 'failed', now))) return;
          await appendTimeline(tx, {
            tenantId: claim.tenantId,
            orderId: claim.orderId,
            type: 'dispute.tickets_void_failed',
            actor: SYSTEM_ACTOR,
            reason: `the Ticket service could not void the tickets after ${claim.attempts} attempts`,
            data: { disputeId: claim.disputeId },
            at: now,
          });
        })
        .catch((recordError: unknown) => log.error({ err: recordError, disputeId: claim.disputeId }, 'could not record the failed ticket voiding'));
    }
  }

  /** One run of the retry job: claims due voidings (any tenant) and tries each once. */
  async retryTicketVoids(limit: number): Promise<number> {
    const now = this.deps.clock.now();
    const claims = await this.deps.db.system((tx) => claimDueTicketVoids(tx, now, new Date(now.getTime() + TICKET_VOID_LEASE_MS), limit));
    for (const claim of claims) await this.voidTickets(claim);
    return claims.length;
  }

  private inBackground(work: Promise<void>): void {
    const tracked = work
      .catch((error: unknown) => this.deps.log.error({ err: error }, 'dispute background work failed'))
      .finally(() => this.background.delete(tracked));
    this.background.add(tracked);
  }

  /** Sets the disputes_open gauge for every tenant from the database (at start; webhooks keep it current). */
  async refreshOpenDisputesGauge(): Promise<void> {
    const counts = await this.deps.db.system((tx) => countOpenDisputesByTenant(tx));
    for (const { tenantId, open } of counts) this.deps.metrics.disputesOpen.set({ tenant: tenantId ?? 'unmatched' }, open);
  }

  /** Graceful shutdown: lets background work and alert deliveries finish within the deadline. */
  async close(deadlineMs = 1500): Promise<void> {
    const deadline = new Promise<void>((resolve) => setTimeout(resolve, deadlineMs).unref());
    await Promise.race([Promise.allSettled([...this.background]), deadline]);
    await this.alerts.close(deadlineMs);
  }

  // ---------- reading and settings ----------

  async list(principal: Principal, query: DisputeListQuery): Promise<DisputePage> {
    const after = keysetAfter(query.cursor);
    const rows = await this.deps.db.tenant(principal.tenantId, (tx) =>
      listDisputes(tx, {
        limit: query.limit,
        ...(query.status ? { status: query.status } : {}),
        ...(query.dueBefore ? { dueBefore: query.dueBefore } : {}),
        ...(after ? { after } : {}),
      }),
    );
    return pageOf(rows, query.limit, keysetPositionOf);
  }

  /** The disputes of one order, for its buyer or staff; anyone else gets 404 as for a missing order. */
  listForOrder(principal: Principal, orderId: string): Promise<DisputeWithHistory[]> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      visibleOrder(await findOrder(tx, orderId), principal);
      return listOrderDisputes(tx, orderId);
    });
  }

  async settings(principal: Principal): Promise<DisputeSettings> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => (await readTenantSettings(tx, principal.tenantId)).disputes);
  }

  async updateSettings(principal: Principal, settings: DisputeSettings): Promise<DisputeSettings> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      await writeTenantSettingsSection(tx, principal.tenantId, 'disputes', settings, this.deps.clock.now());
      return (await readTenantSettings(tx, principal.tenantId)).disputes;
    });
  }
}

/** The retry job for ticket voiding after lost disputes; safe with many instances (claims skip locked rows). */
export function disputeTicketVoidJob(disputes: DisputeService, options: { intervalMs?: number; batchSize?: number } = {}): JobDefinition {
  const batchSize = options.batchSize ?? 20;
  return {
    name: 'dispute-ticket-void',
    intervalMs: options.intervalMs ?? 30_000,
    batchSize,
    runOnce: () => disputes.retryTicketVoids(batchSize),
  };
}
