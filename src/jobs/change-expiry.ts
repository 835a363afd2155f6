/**
 * The change-expiry job (SPEC §13): an order change AWAITING_PAYMENT whose payment window (plus the hold's grace)
 * ended is EXPIRED, its hold released and its payment intent cancelled; the order takes changes and refunds
 * again. Safe with many instances: claims skip locked rows and each move is conditional (ChangeService.expireDue).
 */
import type { ChangeService } from '../modules/changes/index.js';
import type { JobDefinition } from './job-runner.js';

export function changeExpiryJob(changes: Pick<ChangeService, 'expireDue'>, options: { intervalMs: number; batchSize?: number }): JobDefinition {
  const batchSize = options.batchSize ?? 50;
  return { name: 'change-expiry', batchSize, intervalMs: options.intervalMs, runOnce: () => changes.expireDue(batchSize) };
}
