/** The expiry job: RESERVED orders whose hold ended become EXPIRED, and their holds and intents are released. */
import { expireDueOrders, releaseEndedOrders, type OrderDependencies } from '../modules/orders/index.js';
import { releaseRedemptions } from '../modules/promotions/index.js';
import type { JobDefinition } from './job-runner.js';

/** Peer calls at once while a batch's resources are released. */
export const PEER_CONCURRENCY = 32;
const MAX_BATCHES_PER_RUN = 4;

/**
 * Moves RESERVED orders whose hold ended more than the grace period ago to EXPIRED (status, timeline and
 * outbox in one statement), then releases their holds and cancels their intents at the peers. A release
 * that fails is harmless: the Ticket service's hold ends by itself, and a late payment is refunded.
 *
 * While one batch's peer calls run, the next batch is claimed, so the database and the peers are busy at
 * the same time (a backlog of elapsed holds drains about a third faster; docs/benchmarks.md). A run handles
 * up to four batches, then returns to the runner, which starts the next run at once while there is more.
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
      let expired = await claim();
      while (expired.length > 0) {
        handled += expired.length;
        deps.metrics.ordersTotal.inc({ event: 'expired' }, expired.length);
        const releasing = releaseEndedOrders(deps, expired);
        const more = expired.length === batchSize && handled < batchSize * MAX_BATCHES_PER_RUN;
        // Claimed while the peers work; if claiming fails, the releases still finish before the run fails.
        const next = more ? claim() : Promise.resolve([]);
        const [claimed, released] = await Promise.allSettled([next, releasing]);
        if (released.status === 'rejected') throw released.reason;
        if (claimed.status === 'rejected') throw claimed.reason;
        expired = claimed.value;
      }
      return handled;
    },
  };
}
