/**
 * Undoing an order's effects at the peers: release the ticket hold, cancel the payment intent. Both calls
 * are idempotent, so running them again (after a crash, from another instance) is always safe. An order
 * that ends (CANCELLED, EXPIRED) holding either records `release_pending_since` in the same transaction;
 * the release right after the commit clears it, and the order-release job retries the ones it did not.
 */
import { InvalidState } from '../../errors.js';
import { forEachLimited } from '../../concurrency.js';
import type { OrderDependencies } from './dependencies.js';
import { markLatePayment, markResourcesReleased } from './repository.js';

const RELEASE_CONCURRENCY = 32;

export interface HeldResources {
  id: string;
  tenantId: string;
  reservationId: string | null;
  paymentIntentId: string | null;
}

/** What releasing needs: the peers, and the database to record a payment found on an intent that was paid. */
export type ReleaseDependencies = Pick<OrderDependencies, 'peers' | 'db' | 'clock' | 'log'>;

/**
 * Answers true when every resource is released; failures are logged and reported, never thrown. An intent
 * that was paid meanwhile cannot be cancelled: the payment is recorded as late (markLatePayment), so the
 * order's confirmation or a full refund follows even if its payment.succeeded never comes through.
 */
export async function releaseHeldResources(deps: ReleaseDependencies, order: HeldResources): Promise<boolean> {
  const ctx = { tenantId: order.tenantId };
  const results = await Promise.allSettled([
    order.reservationId ? deps.peers.tickets.release(order.reservationId, ctx) : Promise.resolve(),
    order.paymentIntentId ? deps.peers.payments.cancelIntent(order.paymentIntentId, ctx) : Promise.resolve(),
  ]);
  const [, intent] = results;
  if (intent.status === 'rejected' && intent.reason instanceof InvalidState) {
    try {
      await deps.db.tenant(order.tenantId, (tx) => markLatePayment(tx, order.id, deps.clock.now()));
    } catch (error) {
      deps.log.warn({ orderId: order.id, err: error }, 'could not record the payment of an intent that was paid meanwhile');
      return false;
    }
  }
  const failures = results.filter(
    (result): result is PromiseRejectedResult => result.status === 'rejected' && !(result.reason instanceof InvalidState),
  );
  for (const failure of failures) {
    deps.log.warn({ orderId: order.id, err: failure.reason }, 'could not release a peer resource of the order');
  }
  return failures.length === 0;
}

/**
 * Releases the peer resources of orders that ended and records which went through (one statement); the
 * others keep their `release_pending_since` for the order-release job. Answers how many were released.
 */
export async function releaseEndedOrders(deps: ReleaseDependencies, orders: readonly HeldResources[]): Promise<number> {
  const released: string[] = [];
  await forEachLimited(orders, RELEASE_CONCURRENCY, async (order) => {
    if (await releaseHeldResources(deps, order)) released.push(order.id);
  });
  await deps.db.system((tx) => markResourcesReleased(tx, released));
  return released.length;
}
