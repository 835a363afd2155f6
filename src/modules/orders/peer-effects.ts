/**
 * Undoing an order's effects at the peers: release the ticket hold, cancel the payment intent. Both calls
 * are idempotent, so running them again (after a crash, from another instance) is always safe.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Peers } from '../../peers/contract.js';

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
  const failures = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
  for (const failure of failures) {
    log.warn({ orderId: order.id, err: failure.reason }, 'could not release a peer resource of the order');
  }
  return failures.length === 0;
}
