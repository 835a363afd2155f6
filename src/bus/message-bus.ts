/**
 * The message bus behind one interface (SPEC §10): RabbitMQ in production and CI, an in-process bus on the
 * embedded default. Both publish with confirmation, deliver at least once to `order_service_queue`,
 * retry a failing message and dead-letter it after MAX_DELIVERY_ATTEMPTS.
 */
import type { CloudEvent } from './cloud-event.js';

export const EXCHANGE = 'tickettoken_events';
export const QUEUE = 'order_service_queue';
export const DEAD_LETTER_EXCHANGE = 'tickettoken_events_dlx';
export const DEAD_LETTER_QUEUE = 'order_service_dlq';
export const MAX_DELIVERY_ATTEMPTS = 5;

/** What the order service consumes (routing keys bound to its queue). */
export const CONSUMED_TYPES = [
  'payment.succeeded',
  'payment.failed',
  'payment.refund.succeeded',
  'payment.refund.failed',
  'ticket.allocated',
  'event.cancelled',
] as const;
export type ConsumedType = (typeof CONSUMED_TYPES)[number];

export interface DeliveredMessage {
  /** The CloudEvent as received; `id` is what the inbox deduplicates on. */
  event: CloudEvent<Record<string, unknown>>;
  /** 1 on first delivery. */
  attempt: number;
}

export type MessageHandler = (message: DeliveredMessage) => Promise<void>;

/** Thrown by a handler for a message that can never succeed: it goes to the dead-letter queue at once. */
export class PoisonMessage extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'PoisonMessage';
  }
}

export interface MessageBus {
  readonly kind: 'rabbitmq' | 'memory';
  /** Publishes with the routing key = type; resolves once the broker confirmed every message. */
  publish(events: readonly CloudEvent<unknown>[]): Promise<void>;
  /** Starts consuming the service queue; one consumer per bus. */
  consume(handler: MessageHandler): Promise<void>;
  /** Stops taking new deliveries and waits for the ones being handled. */
  stopConsuming(): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Backoff before a failed message is delivered again: 200 ms, 400 ms, 800 ms, 1.6 s. */
export function retryDelayMs(attempt: number): number {
  return Math.min(200 * 2 ** (attempt - 1), 5000);
}
