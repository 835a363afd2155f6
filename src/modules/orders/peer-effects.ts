/**
 * Undoing an order's effects at the peers: release the ticket hold, cancel the payment intent. Both calls
 * are idempotent, so running them again (after a crash, from another instance) is always safe. An order
 * that ends (CANCELLED, EXPIRED) holding either records `release_pending_since` in the same transaction;
 * the release right after the commit clears it, and the order-release job retries the ones it did not.
 *
 * Orders are released together: per tenant, one call to each peer names all their holds (intents), as many
 * as BATCH_MAX_IDS at a time (the clients fall back to a call per hold where a peer has no batch route).
 * What the peers answered for an order is judged in one place, `verdictOf`.
 */
import type { BatchOutcomes, HoldReleaseOutcome, IntentCancelOutcome, PeerCallContext } from '../../peers/contract.js';
import type { Tx } from '../../db/database.js';
import type { OrderDependencies } from './dependencies.js';
import { markLatePayments, markResourcesReleased } from './repository.js';

export interface HeldResources {
  id: string;
  tenantId: string;
  reservationId: string | null;
  paymentIntentId: string | null;
}

/** What releasing needs: the peers, and the database to record a payment found on an intent that was paid. */
export type ReleaseDependencies = Pick<OrderDependencies, 'peers' | 'db' | 'clock' | 'log'>;

/** What became of one resource of an order: nothing to do (none), the peer's outcome, or the call's error. */
type ResourceResult<Outcome extends string> = { outcome: Outcome | 'none' } | { error: unknown };

/**
 * The judgement on one order. released: neither resource is left to release (a committed hold counts: its
 * tickets are the late-payment path's to release). latePayment: its intent was paid meanwhile and cannot be
 * cancelled; the payment must be recorded as late (markLatePayments), so the order's confirmation or a full
 * refund follows even if its payment.succeeded never comes through. An order is released only once that
 * record is written.
 */
export interface ReleaseVerdict {
  orderId: string;
  tenantId: string;
  released: boolean;
  latePayment: boolean;
  /** Whether it had a hold or an intent at all (one with neither has no release pending to clear). */
  held: boolean;
  /** The errors of the calls that did not go through (empty when released). */
  errors: unknown[];
}

export function verdictOf(
  order: Pick<HeldResources, 'id' | 'tenantId'>,
  hold: ResourceResult<HoldReleaseOutcome>,
  intent: ResourceResult<IntentCancelOutcome>,
): ReleaseVerdict {
  const errors = [hold, intent].flatMap((result) => ('error' in result ? [result.error] : []));
  const latePayment = 'outcome' in intent && intent.outcome === 'succeeded';
  const held = [hold, intent].some((result) => !('outcome' in result) || result.outcome !== 'none');
  return { orderId: order.id, tenantId: order.tenantId, released: errors.length === 0, latePayment, held, errors };
}

function resultFor<Outcome extends string>(id: string | null, outcomes: BatchOutcomes<Outcome>): ResourceResult<Outcome> {
  if (id === null) return { outcome: 'none' };
  return outcomes.get(id) ?? { error: new Error(`no outcome for ${id}`) };
}

/**
 * Asks the peers to release the orders' holds and cancel their intents, both peers at once, one batch per
 * tenant; answers a verdict per order. Never throws: a failed call makes its orders' verdicts not released.
 */
export async function releaseAtPeers(deps: Pick<ReleaseDependencies, 'peers'>, orders: readonly HeldResources[]): Promise<ReleaseVerdict[]> {
  const byTenant = new Map<string, HeldResources[]>();
  for (const order of orders) {
    const group = byTenant.get(order.tenantId);
    if (group) group.push(order);
    else byTenant.set(order.tenantId, [order]);
  }
  const verdicts = await Promise.all(
    [...byTenant].map(async ([tenantId, group]) => {
      const ctx: PeerCallContext = { tenantId };
      const reservationIds = group.flatMap((order) => (order.reservationId ? [order.reservationId] : []));
      const intentIds = group.flatMap((order) => (order.paymentIntentId ? [order.paymentIntentId] : []));
      const [holds, intents] = await Promise.all([
        reservationIds.length > 0 ? settled(() => deps.peers.tickets.releaseMany(reservationIds, ctx), reservationIds) : new Map(),
        intentIds.length > 0 ? settled(() => deps.peers.payments.cancelIntents(intentIds, ctx), intentIds) : new Map(),
      ]);
      return group.map((order) => verdictOf(order, resultFor(order.reservationId, holds), resultFor(order.paymentIntentId, intents)));
    }),
  );
  return verdicts.flat();
}

/** A batch call's outcomes; should the client itself throw, every id gets its error. */
async function settled<Outcome extends string>(call: () => Promise<BatchOutcomes<Outcome>>, ids: readonly string[]): Promise<BatchOutcomes<Outcome>> {
  try {
    return await call();
  } catch (error) {
    return new Map(ids.map((id) => [id, { error }]));
  }
}

/** Records the late payments the verdicts found (any transaction that may write the orders). */
async function recordLatePayments(tx: Tx, verdicts: readonly ReleaseVerdict[], now: Date): Promise<void> {
  await markLatePayments(
    tx,
    verdicts.filter((verdict) => verdict.latePayment).map((verdict) => verdict.orderId),
    now,
  );
}

function logFailures(deps: Pick<ReleaseDependencies, 'log'>, verdicts: readonly ReleaseVerdict[]): void {
  const failed = verdicts.filter((verdict) => !verdict.released);
  if (failed.length === 0) return;
  // A batch that failed as a whole fails all its orders with one error: one line, not one per order. Ended
  // orders are retried by the order-release job, checkouts being undone by the saga-recovery job.
  deps.log.warn(
    { orderIds: failed.slice(0, 20).map((verdict) => verdict.orderId), failed: failed.length, err: failed[0]?.errors[0] },
    'could not release the peer resources of some orders',
  );
}

/**
 * Records what the peers did for ended orders, in one system transaction: the late payments found, and which
 * orders are released (their `release_pending_since` cleared); the others keep it for the order-release job.
 * Answers how many were released.
 */
export async function recordReleases(deps: Pick<ReleaseDependencies, 'db' | 'clock' | 'log'>, verdicts: readonly ReleaseVerdict[]): Promise<number> {
  logFailures(deps, verdicts);
  const released = verdicts.filter((verdict) => verdict.released);
  const toClear = released.filter((verdict) => verdict.held).map((verdict) => verdict.orderId);
  if (toClear.length > 0 || verdicts.some((verdict) => verdict.latePayment)) {
    const now = deps.clock.now();
    await deps.db.system(async (tx) => {
      await recordLatePayments(tx, verdicts, now);
      await markResourcesReleased(tx, toClear);
    });
  }
  return released.length;
}

/** Releases the peer resources of orders that ended and records the outcome; answers how many were released. */
export async function releaseEndedOrders(deps: ReleaseDependencies, orders: readonly HeldResources[]): Promise<number> {
  return recordReleases(deps, await releaseAtPeers(deps, orders));
}

/**
 * One order that has not ended (a checkout being undone): answers true when both resources are released and
 * a payment found on the intent is recorded; failures are logged and reported, never thrown. The caller
 * moves the order itself.
 */
export async function releaseHeldResources(deps: ReleaseDependencies, order: HeldResources): Promise<boolean> {
  const verdicts = await releaseAtPeers(deps, [order]);
  logFailures(deps, verdicts);
  const [verdict] = verdicts;
  if (!verdict) return true;
  if (verdict.latePayment) {
    try {
      await deps.db.tenant(order.tenantId, (tx) => recordLatePayments(tx, verdicts, deps.clock.now()));
    } catch (error) {
      deps.log.warn({ orderId: order.id, err: error }, 'could not record the payment of an intent that was paid meanwhile');
      return false;
    }
  }
  return verdict.released;
}
