/** The saga-recovery job: checkouts that never finished (PENDING past their deadline) are undone. */
import { forEachLimited } from '../concurrency.js';
import { claimStuckCheckouts, type ClaimedOrder, type OrderDependencies } from '../modules/orders/index.js';
import type { JobDefinition } from './job-runner.js';

/** Stuck checkouts undone at once (each asks the peers: intent, release, cancel). */
const RECOVERY_CONCURRENCY = 32;

/** What undoes one stuck checkout (the checkout saga); true when the order is settled. */
export interface StuckCheckoutRecovery {
  recoverStuckCheckout(order: ClaimedOrder): Promise<boolean>;
}

/** Claims PENDING orders past their saga deadline and undoes them (see CheckoutSaga.recoverStuckCheckout). */
export function sagaRecoveryJob(deps: OrderDependencies, saga: StuckCheckoutRecovery, options: { batchSize?: number; intervalMs?: number } = {}): JobDefinition {
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
      await forEachLimited(stuck, RECOVERY_CONCURRENCY, async (order) => {
        if (await saga.recoverStuckCheckout(order)) settled += 1;
      });
      return settled;
    },
  };
}
