/** The expiry job: RESERVED orders whose hold ended become EXPIRED, and their holds and intents are released. */
import { expireDueOrders, recordReleases, releaseAtPeers, type ClaimedOrder, type OrderDependencies } from '../modules/orders/index.js';
import { releaseRedemptions } from '../modules/promotions/index.js';
import type { JobDefinition } from './job-runner.js';

/** Batches a run claims at most; then it returns to the runner, which runs again at once while there is more. */
const MAX_BATCHES_PER_RUN = 8;
/**
 * Claims under way at once while there is a backlog (a claim came back full). PostgreSQL does most of an
 * expired order's work (two updates of its row, its timeline entry and outbox message), so two claims keep it
 * busy on two cores while the peers and the applies of earlier batches run; the claims skip each other's rows
 * (SKIP LOCKED). A run starts with one claim: two at once would split a few due orders into two batches.
 */
const CLAIMS_IN_FLIGHT = 2;

type Settled<T> = { value: T } | { error: unknown };
const settle = <T>(work: Promise<T>): Promise<Settled<T>> =>
  work.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );

/**
 * Moves RESERVED orders whose hold ended more than the grace period ago to EXPIRED (status, timeline and
 * outbox in one statement), then releases their holds and cancels their intents at the peers. A release
 * that fails is harmless: the Ticket service's hold ends by itself, and a late payment is refunded.
 *
 * A pipeline of three stages: claim (the statement above), peers (per tenant, one batch call to each peer,
 * src/modules/orders/peer-effects.ts), apply (the late payments found and the released orders, one
 * transaction). The next batches are claimed while a batch is at the peers, and a batch's apply runs beside
 * the next batch's claim and peers: the database and the peers are busy at the same time
 * (docs/benchmarks.md). A run handles up to MAX_BATCHES_PER_RUN batches and ends once its applies are done.
 */
export function expiryJob(deps: OrderDependencies, options: { batchSize?: number; intervalMs?: number } = {}): JobDefinition {
  const batchSize = options.batchSize ?? 500;
  const claim = () => {
    const now = deps.clock.now();
    const cutoff = new Date(now.getTime() - deps.config.reservation.graceSeconds * 1000);
    return deps.db.system(async (tx) => {
      const expired = await expireDueOrders(tx, cutoff, now, batchSize);
      // Expired before payment: their promo codes' redemptions are given back in the same transaction.
      await releaseRedemptions(tx, expired.map((order) => order.id), now);
      return expired;
    });
  };
  return {
    name: 'expiry',
    batchSize,
    intervalMs: options.intervalMs ?? deps.config.expirySweepIntervalSeconds * 1000,
    async runOnce() {
      let handled = 0;
      let claims = 0;
      let more = true;
      let backlog = false;
      let failure: { error: unknown } | undefined;
      const claiming: Promise<Settled<ClaimedOrder[]>>[] = [];
      const applying: Promise<Settled<number>>[] = [];
      const refill = () => {
        while (more && !failure && claiming.length < (backlog ? CLAIMS_IN_FLIGHT : 1) && claims < MAX_BATCHES_PER_RUN) {
          claims += 1;
          claiming.push(settle(claim()));
        }
      };
      refill();
      for (let claimed = claiming.shift(); claimed; claimed = claiming.shift()) {
        const result = await claimed;
        if ('error' in result) {
          failure ??= result;
          continue;
        }
        const expired = result.value;
        if (expired.length < batchSize) more = false;
        else backlog = true;
        refill();
        if (expired.length === 0) continue;
        handled += expired.length;
        deps.metrics.ordersTotal.inc({ event: 'expired' }, expired.length);
        const verdicts = await releaseAtPeers(deps, expired);
        const applied = settle(recordReleases(deps, verdicts));
        applying.push(applied);
        void applied.then((outcome) => {
          if ('error' in outcome) {
            failure ??= outcome;
            more = false;
          }
        });
      }
      // A failed claim or apply ends the run once the applies under way are done. Orders claimed but not applied
      // keep `release_pending_since`: the order-release job releases them.
      await Promise.all(applying);
      if (failure) throw failure.error;
      return handled;
    },
  };
}
