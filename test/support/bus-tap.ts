/**
 * Watching what the service publishes, on either bus: a tap queue bound to the exchange on RabbitMQ, or
 * the in-process bus's record. Also publishes raw messages as another service would.
 */
import { randomUUID } from 'node:crypto';
import amqp, { type Channel, type ChannelModel } from 'amqplib';
import type { CloudEvent } from '../../src/bus/cloud-event.js';
import { DEAD_LETTER_QUEUE, EXCHANGE } from '../../src/bus/message-bus.js';
import type { MemoryBus } from '../../src/bus/memory-bus.js';
import type { TestService } from './harness.js';
import { eventually } from './harness.js';

export interface BusTap {
  /** Messages seen so far that match. */
  messages(filter?: (event: CloudEvent<Record<string, unknown>>) => boolean): CloudEvent<Record<string, unknown>>[];
  /** Publishes as a peer would (routing key = type). */
  publish(event: CloudEvent<unknown>): Promise<void>;
  /** Waits until a dead-lettered message with this id shows up. */
  waitForDeadLetter(id: string, timeoutMs?: number): Promise<CloudEvent<unknown>>;
  close(): Promise<void>;
}

export async function tapBus(svc: TestService, options: { durableName?: string } = {}): Promise<BusTap> {
  const bus = svc.infra.bus;
  if (bus.kind === 'memory') {
    const memory = bus as MemoryBus;
    return {
      messages: (filter) => (memory.published as CloudEvent<Record<string, unknown>>[]).filter(filter ?? (() => true)),
      publish: (event) => memory.publish([event]),
      waitForDeadLetter: (id, timeoutMs = 15_000) =>
        eventually(async () => memory.deadLetters.find((event) => event.id === id), timeoutMs),
      close: async () => undefined,
    };
  }
  const url = svc.config.rabbitmqUrl;
  if (!url) throw new Error('the RabbitMQ bus has no URL');
  const connection: ChannelModel = await amqp.connect(url);
  const channel: Channel = await connection.createChannel();
  const queueName = options.durableName ?? `test-tap-${randomUUID()}`;
  await channel.assertQueue(queueName, options.durableName ? { durable: true } : { exclusive: true, autoDelete: true });
  await channel.bindQueue(queueName, EXCHANGE, '#');
  const seen: CloudEvent<Record<string, unknown>>[] = [];
  const deadLetters: CloudEvent<unknown>[] = [];
  let deadLetterWatch: Promise<unknown> | undefined;
  await channel.consume(queueName, (message) => {
    if (!message) return;
    seen.push(JSON.parse(message.content.toString('utf8')) as CloudEvent<Record<string, unknown>>);
    channel.ack(message);
  });
  return {
    messages: (filter) => seen.filter(filter ?? (() => true)),
    async publish(event) {
      channel.publish(EXCHANGE, event.type, Buffer.from(JSON.stringify(event)), { persistent: true, messageId: event.id });
    },
    async waitForDeadLetter(id, timeoutMs = 15_000) {
      // Drains the dead-letter queue (only tests of dead-lettering read it) and looks for the id.
      deadLetterWatch ??= channel.consume(DEAD_LETTER_QUEUE, (message) => {
        if (!message) return;
        deadLetters.push(JSON.parse(message.content.toString('utf8')) as CloudEvent<unknown>);
        channel.ack(message);
      });
      await deadLetterWatch;
      return eventually(async () => deadLetters.find((event) => event.id === id), timeoutMs, 100);
    },
    async close() {
      if (options.durableName) await channel.deleteQueue(queueName).catch(() => undefined);
      await connection.close().catch(() => undefined);
    },
  };
}
