/**
 * The order-release job: an order that ended (cancelled, expired, its event cancelled) while holding a ticket
 * hold or a payment intent releases them right after its commit; when that did not get through (a peer was
 * down, the process died), the order keeps `release_pending_since` and this job retries it once that is older
 * than ORDER_RELEASE_RETRY_SECONDS, so no hold or intent is left behind. Safe with many instances: claims skip locked rows and are leased.
 */
import type { OrderDependencies } from '../modules/orders/dependencies.js';
import { releaseEndedOrders } from '../modules/orders/peer-effects.js';
import { claimDueReleases } from '../modules/orders/repository.js';
import type { JobDefinition } from './job-runner.js';

export function orderReleaseJob(deps: OrderDependencies, options: { batchSize?: number; intervalMs?: number } = {}): JobDefinition {
  const batchSize = options.batchSize ?? 100;
  return {
    name: 'order-release',
    batchSize,
    intervalMs: options.intervalMs ?? Math.min(15_000, deps.config.orderReleaseRetrySeconds * 1000),
    async runOnce() {
      const now = deps.clock.now();
      const olderThan = new Date(now.getTime() - deps.config.orderReleaseRetrySeconds * 1000);
      const due = await deps.db.system((tx) => claimDueReleases(tx, now, olderThan, batchSize));
      await releaseEndedOrders(deps, due);
      return due.length;
    },
  };
}
