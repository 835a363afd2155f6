/**
 * The order service's consumer of `order_service_queue` (SPEC §10): validates each message, routes it by
 * type, and makes its effect happen once (inbox). A message that can never succeed (unknown order,
 * malformed data) is dead-lettered at once; anything else is retried by the bus, then dead-lettered.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/database.js';
import { InvalidState, NotFound } from '../errors.js';
import { AllocatedTicket } from '../peers/contract.js';
import { ServiceName } from '../http/service-token.js';
import type { PaymentConfirmation } from '../modules/orders/confirmation.js';
import type { OrderService } from '../modules/orders/service.js';
import type { CloudEvent } from './cloud-event.js';
import { processOnce, wasProcessed } from './inbox.js';
import { PoisonMessage, QUEUE, type ConsumedType, type DeliveredMessage, type MessageHandler } from './message-bus.js';
import { isUuid, UUID_PATTERN } from '../uuid.js';
import { contextFromTraceparent, inSpan, SpanKind, tracingEnabled } from '../tracing.js';


const PaymentOutcome = Type.Object({
  orderId: Type.String({ pattern: UUID_PATTERN.source }),
  paymentIntentId: Type.String({ minLength: 1 }),
  reason: Type.Optional(Type.String()),
});
const TicketsAllocated = Type.Object({
  orderId: Type.String({ pattern: UUID_PATTERN.source }),
  tickets: Type.Array(AllocatedTicket, { minItems: 1 }),
});
const EventCancelled = Type.Object({ eventId: Type.String({ pattern: UUID_PATTERN.source }), reason: Type.Optional(Type.String()) });
const RefundOutcome = Type.Object({
  refundId: Type.String({ minLength: 1 }),
  paymentIntentId: Type.Optional(Type.String()),
  reason: Type.Optional(Type.String()),
});

function dataOf<S extends TSchema>(schema: S, event: CloudEvent<Record<string, unknown>>): Static<S> {
  if (!Value.Check(schema, event.data)) throw new PoisonMessage(`${event.type} ${event.id} has malformed data`);
  return event.data as Static<S>;
}

/** The effects the consumer can cause; later areas (refunds, event cancellation) plug theirs in here. */
export interface ConsumerEffects {
  db: Database;
  orders: OrderService;
  confirmation: PaymentConfirmation;
  /** event.cancelled: starts the event's cancellation job in the given transaction. */
  eventCancelled?: (tenantId: string, eventId: string, reason: string) => Promise<void>;
  /** payment.refund.succeeded / failed: settles a refund the Payment service answered `pending`. */
  refundSettled?: (tenantId: string, peerRefundId: string, outcome: 'succeeded' | 'failed', reason?: string) => Promise<void>;
  log: FastifyBaseLogger;
}

export function createConsumer(effects: ConsumerEffects): MessageHandler {
  const { db } = effects;

  const handlers: Record<ConsumedType, (event: CloudEvent<Record<string, unknown>>, tenantId: string) => Promise<void>> = {
    async 'payment.succeeded'(event) {
      if (await wasProcessed(db, event)) return;
      const data = dataOf(PaymentOutcome, event);
      await effects.confirmation.confirm(data.orderId, data.paymentIntentId, { type: 'service', id: ServiceName.payment });
      await processOnce(db, event, async () => undefined);
    },
    async 'payment.failed'(event) {
      const data = dataOf(PaymentOutcome, event);
      await processOnce(db, event, (tx) => effects.orders.recordPaymentFailed(tx, data.orderId, data));
    },
    async 'ticket.allocated'(event) {
      const data = dataOf(TicketsAllocated, event);
      await processOnce(db, event, (tx) => effects.orders.attachAllocatedTickets(tx, data.orderId, data.tickets));
    },
    async 'event.cancelled'(event, tenantId) {
      const data = dataOf(EventCancelled, event);
      if (!effects.eventCancelled) throw new Error('event cancellation is not wired');
      if (await wasProcessed(db, event)) return;
      await effects.eventCancelled(tenantId, data.eventId, data.reason ?? 'event cancelled by the organizer');
      await processOnce(db, event, async () => undefined);
    },
    async 'payment.refund.succeeded'(event, tenantId) {
      await settleRefund(event, tenantId, 'succeeded');
    },
    async 'payment.refund.failed'(event, tenantId) {
      await settleRefund(event, tenantId, 'failed');
    },
  };

  async function settleRefund(event: CloudEvent<Record<string, unknown>>, tenantId: string, outcome: 'succeeded' | 'failed') {
    const data = dataOf(RefundOutcome, event);
    if (!effects.refundSettled) throw new Error('refund settlement is not wired');
    if (await wasProcessed(db, event)) return;
    await effects.refundSettled(tenantId, data.refundId, outcome, data.reason);
    await processOnce(db, event, async () => undefined);
  }

  const handle = async ({ event }: DeliveredMessage) => {
    const handler = (handlers as Record<string, (typeof handlers)[ConsumedType] | undefined>)[event.type];
    if (!handler) {
      effects.log.info({ type: event.type, messageId: event.id }, 'ignored a message type the service does not consume');
      return;
    }
    if (!isUuid(event.tenantid)) throw new PoisonMessage(`${event.type} ${event.id} has no valid tenantid`);
    try {
      await handler(event, event.tenantid.toLowerCase());
    } catch (error) {
      if (error instanceof NotFound) throw new PoisonMessage(error.message);
      if (error instanceof InvalidState) effects.log.warn({ messageId: event.id, detail: error.message }, 'message not applicable yet');
      throw error;
    }
  };
  if (!tracingEnabled()) return handle;
  // A consumer span per delivery, continuing the trace of the message's traceparent (a new trace without one).
  return (message: DeliveredMessage) =>
    inSpan(
      `process ${message.event.type}`,
      {
        kind: SpanKind.CONSUMER,
        parent: contextFromTraceparent(message.event.traceparent),
        attributes: {
          'messaging.system': 'rabbitmq',
          'messaging.operation.type': 'process',
          'messaging.destination.name': QUEUE,
          'messaging.message.id': message.event.id,
          'messaging.rabbitmq.destination.routing_key': message.event.type,
          'order_service.delivery_attempt': message.attempt,
        },
      },
      () => handle(message),
    );
}
