/**
 * The transactional outbox (SPEC §10): a message is written in the same transaction as the change it
 * reports, so a committed change is always published and a rolled-back one never. The relay publishes it.
 */
import type { Tx } from '../db/database.js';
import { activeTraceparent } from '../tracing.js';
import { cloudEvent, type OrderMessageType } from './cloud-event.js';

export interface OutboxMessage {
  type: OrderMessageType;
  tenantId: string;
  data: Record<string, unknown>;
  time: Date;
}

/** The outbox row of a message: its CloudEvent id and document, with the traceparent of the active span. */
export function outboxRow(message: OutboxMessage): { id: string; type: OrderMessageType; document: string } {
  const traceparent = activeTraceparent();
  const event = { ...cloudEvent(message.type, message.tenantId, message.data, message.time), ...(traceparent ? { traceparent } : {}) };
  return { id: event.id, type: message.type, document: JSON.stringify(event) };
}

export async function enqueueMessage(tx: Tx, message: OutboxMessage): Promise<void> {
  const row = outboxRow(message);
  await tx.query('INSERT INTO outbox (id, tenant_id, type, message, created_at) VALUES ($1, $2, $3, $4, $5)', [
    row.id,
    message.tenantId,
    row.type,
    row.document,
    message.time,
  ]);
}
