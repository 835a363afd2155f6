/**
 * RabbitMQ adapter. Topology (asserted on every connect): the durable topic exchange `tickettoken_events`,
 * the queue `order_service_queue` bound to the consumed types and dead-lettered to
 * `tickettoken_events_dlx` → `order_service_dlq`, both quorum queues (replicated, durable) unless the broker
 * has none (`queueType: 'classic'`). Publishing uses a confirm channel and persistent messages.
 * A failed delivery is re-queued with an attempt counter after a backoff; the fifth failure dead-letters it.
 * The connection is re-established with backoff after any loss, and the consumer resumes by itself.
 */
import amqp, { type Channel, type ChannelModel, type ConfirmChannel, type ConsumeMessage } from 'amqplib';
import type { FastifyBaseLogger } from 'fastify';
import type { CloudEvent } from './cloud-event.js';
import {
  CONSUMED_TYPES,
  DEAD_LETTER_EXCHANGE,
  DEAD_LETTER_QUEUE,
  EXCHANGE,
  MAX_DELIVERY_ATTEMPTS,
  PoisonMessage,
  QUEUE,
  retryDelayMs,
  type MessageBus,
  type MessageHandler,
} from './message-bus.js';

const ATTEMPT_HEADER = 'x-order-service-attempt';

/** The broker refused the declaration because the queue exists with another type (docs/deploy.md, "Quorum queues"). */
export class QueueTypeMismatch extends Error {
  constructor(queueType: string, cause: unknown) {
    super(
      `RabbitMQ has ${QUEUE} or ${DEAD_LETTER_QUEUE} with a type other than "${queueType}": move the queues to ` +
        `${queueType} queues as docs/deploy.md describes, or set RABBITMQ_QUEUE_TYPE to the type they have`,
      { cause },
    );
    this.name = 'QueueTypeMismatch';
  }
}

/** 406 PRECONDITION_FAILED on a queue declaration naming x-queue-type: the queue exists with another type. */
function isQueueTypeMismatch(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === 406 && typeof message === 'string' && message.includes('x-queue-type');
}

interface Connected {
  connection: ChannelModel;
  publisher: ConfirmChannel;
  consumer: Channel;
}

export interface RabbitBusOptions {
  url: string;
  /** Default quorum. A queue that already exists with another type is never re-declared: see QueueTypeMismatch. */
  queueType?: 'quorum' | 'classic';
  log: FastifyBaseLogger;
  prefetch?: number;
  /** Longest wait between reconnection attempts. */
  maxBackoffMs?: number;
}

export function createRabbitBus(options: RabbitBusOptions): MessageBus & { connected(): boolean } {
  const { log } = options;
  let current: Connected | null = null;
  let connecting: Promise<Connected> | null = null;
  let closed = false;
  let handler: MessageHandler | null = null;
  let consumerTag: string | null = null;
  const inFlight = new Set<Promise<void>>();
  let backoffMs = 100;
  let reconnectTimer: NodeJS.Timeout | null = null;

  const queueType = options.queueType ?? 'quorum';

  async function assertTopology(channel: Channel): Promise<void> {
    const typed = { durable: true, arguments: { 'x-queue-type': queueType } };
    await channel.assertExchange(EXCHANGE, 'topic', { durable: true });
    await channel.assertExchange(DEAD_LETTER_EXCHANGE, 'topic', { durable: true });
    try {
      await channel.assertQueue(DEAD_LETTER_QUEUE, typed);
      await channel.assertQueue(QUEUE, { ...typed, deadLetterExchange: DEAD_LETTER_EXCHANGE });
    } catch (error) {
      throw isQueueTypeMismatch(error) ? new QueueTypeMismatch(queueType, error) : error;
    }
    await channel.bindQueue(DEAD_LETTER_QUEUE, DEAD_LETTER_EXCHANGE, '#');
    for (const type of CONSUMED_TYPES) await channel.bindQueue(QUEUE, EXCHANGE, type);
  }

  function scheduleReconnect(): void {
    if (closed || reconnectTimer) return;
    const delay = backoffMs;
    backoffMs = Math.min(backoffMs * 2, options.maxBackoffMs ?? 5000);
    reconnectTimer = setTimeout(() => {
      reconnectTimer = null;
      connect().catch(() => scheduleReconnect());
    }, delay);
    reconnectTimer.unref();
  }

  async function open(): Promise<Connected> {
    const connection = await amqp.connect(options.url, { timeout: 3000 });
    try {
      const publisher = await connection.createConfirmChannel();
      const consumer = await connection.createChannel();
      await assertTopology(publisher);
      await consumer.prefetch(options.prefetch ?? 16);
      const lost = (reason: string) => (error?: unknown) => {
        if (current?.connection !== connection) return;
        current = null;
        consumerTag = null;
        if (!closed) {
          log.warn({ err: error, reason }, 'lost the RabbitMQ connection; reconnecting');
          scheduleReconnect();
        }
      };
      connection.on('error', () => undefined);
      connection.on('close', lost('connection closed'));
      publisher.on('error', () => undefined);
      consumer.on('error', () => undefined);
      publisher.on('close', () => void connection.close().catch(() => undefined));
      consumer.on('close', () => void connection.close().catch(() => undefined));
      return { connection, publisher, consumer };
    } catch (error) {
      await connection.close().catch(() => undefined);
      throw error;
    }
  }

  async function connect(): Promise<Connected> {
    if (current) return current;
    connecting ??= (async () => {
      try {
        const connected = await open();
        if (closed) {
          await connected.connection.close().catch(() => undefined);
          throw new Error('the bus is closed');
        }
        current = connected;
        backoffMs = 100;
        if (handler) await startConsumer(connected, handler);
        return connected;
      } finally {
        connecting = null;
      }
    })();
    return connecting;
  }

  async function redeliverLater(channel: ConfirmChannel, message: ConsumeMessage, attempt: number): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempt)));
    channel.sendToQueue(QUEUE, message.content, {
      persistent: true,
      contentType: message.properties.contentType,
      messageId: message.properties.messageId,
      type: message.properties.type,
      headers: { ...message.properties.headers, [ATTEMPT_HEADER]: attempt + 1 },
    });
    await channel.waitForConfirms();
  }

  async function handleDelivery(connected: Connected, message: ConsumeMessage, next: MessageHandler): Promise<void> {
    const attempt = Number(message.properties.headers?.[ATTEMPT_HEADER] ?? 1);
    let event: CloudEvent<Record<string, unknown>>;
    try {
      event = JSON.parse(message.content.toString('utf8')) as CloudEvent<Record<string, unknown>>;
      if (typeof event !== 'object' || event === null || typeof event.id !== 'string' || typeof event.type !== 'string') {
        throw new PoisonMessage('not a CloudEvent');
      }
    } catch {
      log.error({ messageId: message.properties.messageId }, 'unreadable message dead-lettered');
      connected.consumer.nack(message, false, false);
      return;
    }
    try {
      await next({ event, attempt });
      connected.consumer.ack(message);
    } catch (error) {
      if (error instanceof PoisonMessage || attempt >= MAX_DELIVERY_ATTEMPTS) {
        log.error({ err: error, messageId: event.id, type: event.type, attempt }, 'message dead-lettered');
        connected.consumer.nack(message, false, false);
        return;
      }
      log.warn({ err: error, messageId: event.id, type: event.type, attempt }, 'message handling failed; will retry');
      try {
        await redeliverLater(connected.publisher, message, attempt);
        connected.consumer.ack(message);
      } catch {
        // The channel went away: the broker redelivers the unacknowledged original.
      }
    }
  }

  async function startConsumer(connected: Connected, next: MessageHandler): Promise<void> {
    const { consumerTag: tag } = await connected.consumer.consume(QUEUE, (message) => {
      if (!message) return;
      const run = handleDelivery(connected, message, next);
      inFlight.add(run);
      void run.finally(() => inFlight.delete(run));
    });
    consumerTag = tag;
  }

  connect().catch((error: unknown) => {
    if (error instanceof QueueTypeMismatch) log.error({ err: error }, error.message);
    else log.warn({ err: error }, 'RabbitMQ is not reachable yet; will keep trying');
    scheduleReconnect();
  });

  return {
    kind: 'rabbitmq',
    connected: () => current !== null,
    async publish(events) {
      if (events.length === 0) return;
      const { publisher } = await connect();
      for (const event of events) {
        publisher.publish(EXCHANGE, event.type, Buffer.from(JSON.stringify(event)), {
          persistent: true,
          contentType: 'application/cloudevents+json',
          messageId: event.id,
          type: event.type,
          timestamp: Math.floor(Date.parse(event.time) / 1000),
        });
      }
      await publisher.waitForConfirms();
    },
    async consume(next) {
      handler = next;
      const connected = await connect();
      if (!consumerTag) await startConsumer(connected, next);
    },
    async stopConsuming() {
      handler = null;
      const connected = current;
      if (connected && consumerTag) await connected.consumer.cancel(consumerTag).catch(() => undefined);
      consumerTag = null;
      await Promise.allSettled([...inFlight]);
    },
    async ping() {
      if (!current) await connect();
    },
    async close() {
      closed = true;
      if (reconnectTimer) clearTimeout(reconnectTimer);
      await this.stopConsuming();
      const connected = current;
      current = null;
      if (connected) await connected.connection.close().catch(() => undefined);
    },
  };
}
