/**
 * The change-recovery job (SPEC §13), as saga recovery is for checkouts: a change left PENDING past its deadline
 * (its request died between holding the tickets and applying or awaiting payment) is undone — hold released,
 * intent found by its key and cancelled, the change FAILED, the order as it was; an APPLIED change whose Ticket
 * service part did not happen (new tickets committed, removed ones released) is finished. Claims are leased.
 */
import type { ChangeService } from '../modules/changes/index.js';
import type { JobDefinition } from './job-runner.js';

export function changeRecoveryJob(changes: Pick<ChangeService, 'recover'>, options: { batchSize?: number; intervalMs?: number } = {}): JobDefinition {
  const batchSize = options.batchSize ?? 50;
  return { name: 'change-recovery', batchSize, intervalMs: options.intervalMs ?? 15_000, runOnce: () => changes.recover(batchSize) };
}
