/**
 * Undoing an order's effects at the peers: release the ticket hold, cancel the payment intent. Both calls
 * are idempotent, so running them again (after a crash, from another instance) is always safe. An order
 * that ends (CANCELLED, EXPIRED) holding either records `release_pending_since` in the same transaction;
 * the release right after the commit clears it, and the order-release job retries the ones it did not.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/database.js';
import { InvalidState } from '../../errors.js';
import { forEachLimited } from '../../jobs/job-runner.js';
import type { Peers } from '../../peers/contract.js';
import { markResourcesReleased } from './repository.js';

const RELEASE_CONCURRENCY = 32;

export interface HeldResources {
  id: string;
  tenantId: string;
  reservationId: string | null;
  paymentIntentId: string | null;
}

/** Answers true when every resource is released; failures are logged and reported, never thrown. */
export async function releaseHeldResources(peers: Peers, order: HeldResources, log: FastifyBaseLogger): Promise<boolean> {
  const ctx = { tenantId: order.tenantId };
  const results = await Promise.allSettled([
    order.reservationId ? peers.tickets.release(order.reservationId, ctx) : Promise.resolve(),
    order.paymentIntentId ? peers.payments.cancelIntent(order.paymentIntentId, ctx) : Promise.resolve(),
  ]);
  // An intent that was paid meanwhile cannot be cancelled: its payment.succeeded refunds it (late payment).
  const failures = results.filter(
    (result): result is PromiseRejectedResult => result.status === 'rejected' && !(result.reason instanceof InvalidState),
  );
  for (const failure of failures) {
    log.warn({ orderId: order.id, err: failure.reason }, 'could not release a peer resource of the order');
  }
  return failures.length === 0;
}

/**
 * Releases the peer resources of orders that ended and records which went through (one statement); the
 * others keep their `release_pending_since` for the order-release job. Answers how many were released.
 */
export async function releaseEndedOrders(
  deps: { peers: Peers; db: Database; log: FastifyBaseLogger },
  orders: readonly HeldResources[],
): Promise<number> {
  const released: string[] = [];
  await forEachLimited(orders, RELEASE_CONCURRENCY, async (order) => {
    if (await releaseHeldResources(deps.peers, order, deps.log)) released.push(order.id);
  });
  await deps.db.system((tx) => markResourcesReleased(tx, released));
  return released.length;
}
