/**
 * Voiding the tickets of an order whose dispute was lost (when the tenant's settings say so). The first
 * attempt follows the webhook's commit; the retry job (jobs/dispute-ticket-voids.ts) repeats due ones until
 * the Ticket service confirms or TICKET_VOID_MAX_ATTEMPTS are used up.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/database.js';
import type { Peers } from '../../peers/contract.js';
import { appendTimeline, SYSTEM_ACTOR } from '../orders/index.js';
import { claimDueTicketVoids, finishTicketVoid, type TicketVoidClaim } from './repository.js';

/** The first ticket-voiding attempt runs right after the commit; the retry job takes over after this delay. */
export const TICKET_VOID_RETRY_AFTER_MS = 60_000;
const TICKET_VOID_LEASE_MS = 5 * 60_000;
/** Attempts of the retry job before a voiding is given up as failed (and logged at error). */
export const TICKET_VOID_MAX_ATTEMPTS = 5;

export interface TicketVoidingDependencies {
  db: Database;
  peers: Peers;
  clock: Clock;
  log: FastifyBaseLogger;
}

export class TicketVoiding {
  constructor(private readonly deps: TicketVoidingDependencies) {}

  /**
   * Voids the tickets the Ticket service still holds valid for the order (refunded, released ones are not
   * ours to void any more). The first attempt follows the commit; the retry job repeats until it works or
   * TICKET_VOID_MAX_ATTEMPTS are used up.
   */
  async attempt(claim: TicketVoidClaim): Promise<void> {
    const { peers, log } = this.deps;
    const ctx = { tenantId: claim.tenantId };
    const where = { tenantId: claim.tenantId, orderId: claim.orderId, disputeId: claim.disputeId };
    try {
      const ticketIds = (await peers.tickets.orderTickets(claim.orderId, ctx)).map((ticket) => ticket.ticketId);
      if (ticketIds.length > 0) await peers.tickets.voidTickets(ticketIds, ctx);
      await this.finish(claim, 'voided', 'dispute lost; the tenant voids the tickets of lost disputes', { ticketIds });
      log.info({ ...where, tickets: ticketIds.length }, 'tickets of a lost dispute voided');
    } catch (error) {
      if (claim.attempts < TICKET_VOID_MAX_ATTEMPTS) {
        log.warn({ ...where, err: error, attempt: claim.attempts }, 'voiding the tickets of a lost dispute failed; will retry');
        return;
      }
      log.error({ ...where, err: error }, 'voiding the tickets of a lost dispute failed for good');
      await this.finish(claim, 'failed', `the Ticket service could not void the tickets after ${claim.attempts} attempts`).catch((recordError: unknown) => log.error({ err: recordError, disputeId: claim.disputeId }, 'could not record the failed ticket voiding'));
    }
  }

  /** Records the end of a voiding once (the dispute's state and the order's timeline), in one transaction. */
  private finish(claim: TicketVoidClaim, outcome: 'voided' | 'failed', reason: string, data: Record<string, unknown> = {}): Promise<void> {
    return this.deps.db.tenant(claim.tenantId, async (tx) => {
      const now = this.deps.clock.now();
      if (!(await finishTicketVoid(tx, claim.disputeId, outcome, now))) return;
      await appendTimeline(tx, {
        tenantId: claim.tenantId,
        orderId: claim.orderId,
        type: outcome === 'voided' ? 'dispute.tickets_voided' : 'dispute.tickets_void_failed',
        actor: SYSTEM_ACTOR,
        reason,
        data: { disputeId: claim.disputeId, ...data },
        at: now,
      });
    });
  }

  /** One run of the retry job: claims due voidings (any tenant) and tries each once. */
  async retryDue(limit: number): Promise<number> {
    const now = this.deps.clock.now();
    const claims = await this.deps.db.system((tx) => claimDueTicketVoids(tx, now, new Date(now.getTime() + TICKET_VOID_LEASE_MS), limit));
    for (const claim of claims) await this.attempt(claim);
    return claims.length;
  }
}
