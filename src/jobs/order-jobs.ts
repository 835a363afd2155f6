/** The orders' background jobs: expiring elapsed holds and undoing checkouts that never finished. */
import type { OrderDependencies } from '../modules/orders/dependencies.js';
import type { CheckoutSaga } from '../modules/orders/checkout.js';
import { releaseEndedOrders } from '../modules/orders/peer-effects.js';
import { claimStuckCheckouts, expireDueOrders } from '../modules/orders/repository.js';
import { releaseRedemptions } from '../modules/promotions/index.js';
import type { IdempotencyStore } from '../http/idempotency-store.js';
import { forEachLimited, type JobDefinition } from './job-runner.js';
import { EVENT_CANCELLATION_BATCH, type EventCancellationService } from '../modules/event-cancellation/service.js';

const PEER_CONCURRENCY = 32;
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

/** Claims PENDING orders past their saga deadline and undoes them (see CheckoutSaga.recoverStuckCheckout). */
export function sagaRecoveryJob(deps: OrderDependencies, saga: CheckoutSaga, options: { batchSize?: number; intervalMs?: number } = {}): JobDefinition {
  const batchSize = options.batchSize ?? 50;
  return {
    name: 'saga-recovery',
    batchSize,
    intervalMs: options.intervalMs ?? 15_000,
    async runOnce() {
      const now = deps.clock.now();
      const leaseUntil = new Date(now.getTime() + deps.config.sagaTimeoutSeconds * 1000);
      const stuck = await deps.db.system((tx) => claimStuckCheckouts(tx, now, leaseUntil, batchSize));
      let settled = 0;
      await forEachLimited(stuck, PEER_CONCURRENCY, async (order) => {
        if (await saga.recoverStuckCheckout(order)) settled += 1;
      });
      return settled;
    },
  };
}

/** Deletes idempotency keys past their 24 hours. */
export function idempotencyPurgeJob(store: IdempotencyStore, clock: OrderDependencies['clock']): JobDefinition {
  return {
    name: 'idempotency-purge',
    batchSize: Number.POSITIVE_INFINITY,
    intervalMs: 3_600_000,
    runOnce: () => store.purgeExpired(clock.now()),
  };
}

/** Works the event-cancellation jobs, one batch of one job per run (see EventCancellationService). */
export function eventCancellationJob(service: EventCancellationService, options: { intervalMs?: number } = {}): JobDefinition {
  return { name: 'event-cancellation', batchSize: EVENT_CANCELLATION_BATCH, intervalMs: options.intervalMs ?? 2000, runOnce: () => service.runBatch() };
}
