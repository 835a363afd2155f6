/** The platform's message envelope (SPEC §10): CloudEvents 1.0 JSON with the tenant as an extension. */
import { randomUUID } from 'node:crypto';

export const ORDER_MESSAGE_TYPES = [
  'order.created',
  'order.reserved',
  'order.confirmed',
  'order.cancelled',
  'order.expired',
  'order.refund.requested',
  'order.refunded',
  'order.dispute.opened',
  'order.dispute.closed',
] as const;
export type OrderMessageType = (typeof ORDER_MESSAGE_TYPES)[number];

export interface CloudEvent<T = Record<string, unknown>> {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  time: string;
  datacontenttype: 'application/json';
  tenantid: string;
  data: T;
}

export function cloudEvent<T>(type: string, tenantId: string, data: T, time: Date, id: string = randomUUID()): CloudEvent<T> {
  return {
    specversion: '1.0',
    id,
    source: 'order-service',
    type,
    time: time.toISOString(),
    datacontenttype: 'application/json',
    tenantid: tenantId,
    data,
  };
}
