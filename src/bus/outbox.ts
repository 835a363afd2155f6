/**
 * The transactional outbox (SPEC §10): a message is written in the same transaction as the change it
 * reports, so a committed change is always published and a rolled-back one never. The relay publishes it.
 */
import type { Tx } from '../db/database.js';
import { cloudEvent, type OrderMessageType } from './cloud-event.js';

export async function enqueueMessage(
  tx: Tx,
  message: { type: OrderMessageType; tenantId: string; data: Record<string, unknown>; time: Date },
): Promise<void> {
  const event = cloudEvent(message.type, message.tenantId, message.data, message.time);
  await tx.query('INSERT INTO outbox (id, tenant_id, type, message, created_at) VALUES ($1, $2, $3, $4, $5)', [
    event.id,
    message.tenantId,
    message.type,
    JSON.stringify(event),
    message.time,
  ]);
}
