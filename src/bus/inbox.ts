/**
 * The inbox (SPEC §10): each consumed message id takes effect once. The id is recorded in the same
 * transaction as the effect, so a redelivery after a crash either finds the effect committed (and skips)
 * or finds neither (and does it).
 */
import type { Database, Tx } from '../db/database.js';
import type { CloudEvent } from './cloud-event.js';

/** Runs `effect` unless this message was processed before; answers whether it ran. */
export async function processOnce(db: Database, event: CloudEvent<unknown>, effect: (tx: Tx) => Promise<void>): Promise<boolean> {
  const work = async (tx: Tx) => {
    const recorded = await tx.query(
      'INSERT INTO inbox (message_id, tenant_id, type) VALUES ($1, $2, $3) ON CONFLICT (message_id) DO NOTHING RETURNING message_id',
      [event.id, event.tenantid ?? null, event.type],
    );
    if (recorded.rowCount === 0) return false;
    await effect(tx);
    return true;
  };
  return event.tenantid ? db.tenant(event.tenantid, work) : db.system(work);
}

/** For effects that must call peers outside a transaction: was this message already processed? */
export async function wasProcessed(db: Database, event: CloudEvent<unknown>): Promise<boolean> {
  const { rows } = await db.system((tx) => tx.query('SELECT 1 FROM inbox WHERE message_id = $1', [event.id]));
  return rows.length > 0;
}
