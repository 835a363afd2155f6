/**
 * The late-payment job: a payment that succeeded for an order that could not take it is refunded at once by
 * whoever brought it (payment.succeeded, the payment webhook); when that did not get through — the refund
 * FAILED at the Payment service, the process died, a peer stayed down until the message went to the dead
 * letters — the order keeps `late_payment_since`, and this job confirms the payment again once that is older
 * than ORDER_RELEASE_RETRY_SECONDS, until the order is confirmed or the money is back. Also takes up payments
 * found when an ended order's intent could not be cancelled because it had been paid.
 */
import type { LatePaymentRecovery } from '../modules/orders/index.js';
import type { JobDefinition } from './job-runner.js';

export function latePaymentJob(recovery: LatePaymentRecovery, retrySeconds: number, options: { batchSize?: number; intervalMs?: number } = {}): JobDefinition {
  const batchSize = options.batchSize ?? 20;
  return {
    name: 'late-payment',
    batchSize,
    intervalMs: options.intervalMs ?? Math.min(15_000, retrySeconds * 1000),
    runOnce: () => recovery.resolveLatePayments(batchSize),
  };
}
