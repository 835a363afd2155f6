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
  'order.changed',
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
  /**
   * The CloudEvents distributed-tracing extension: the W3C traceparent of the change that wrote the message,
   * so that whoever consumes it continues that trace (SPEC §18). Absent when tracing is off.
   */
  traceparent?: string;
}

const SPEC_VERSION = '1.0';
const SOURCE = 'order-service';
const CONTENT_TYPE = 'application/json';

export function cloudEvent<T>(type: string, tenantId: string, data: T, time: Date, id: string = randomUUID()): CloudEvent<T> {
  return {
    specversion: SPEC_VERSION,
    id,
    source: SOURCE,
    type,
    time: time.toISOString(),
    datacontenttype: CONTENT_TYPE,
    tenantid: tenantId,
    data,
  };
}

/** SQL expressions (columns, parameters, literals) of a message's varying parts. */
export interface CloudEventSqlParts {
  id: string;
  type: string;
  /** A timestamptz expression; written as toISOString() writes it (UTC, milliseconds, Z). */
  time: string;
  tenantId: string;
  data: string;
}

/**
 * The same envelope as cloudEvent(), as a jsonb expression for statements that write many messages at once
 * (the expiry job's one statement). The parts are SQL expressions of the statement, never values.
 */
export function cloudEventSql(parts: CloudEventSqlParts): string {
  return `jsonb_build_object('specversion', '${SPEC_VERSION}', 'id', ${parts.id}, 'source', '${SOURCE}', 'type', ${parts.type},
                'time', to_char(${parts.time} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                'datacontenttype', '${CONTENT_TYPE}', 'tenantid', ${parts.tenantId},
                'data', ${parts.data})`;
}
