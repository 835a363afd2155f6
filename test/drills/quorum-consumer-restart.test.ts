/**
 * Drill: the service's queues are quorum queues on the real RabbitMQ, and a consumer that stops and starts
 * again receives every message published meanwhile, each once. A drill (run alone, after the other tests)
 * because it must be the only consumer of `order_service_queue` while it runs.
 */
import { randomUUID } from 'node:crypto';
import amqp from 'amqplib';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { cloudEvent } from '../../src/bus/cloud-event.js';
import { DEAD_LETTER_EXCHANGE, DEAD_LETTER_QUEUE, QUEUE } from '../../src/bus/message-bus.js';
import { createRabbitBus } from '../../src/bus/rabbitmq-bus.js';
import { eventually } from '../support/harness.js';
import { serviceTargets } from '../support/services.js';

const targets = await serviceTargets();

/** Declaring the queue as classic must be refused by the broker if, and only if, it exists as a quorum queue. */
async function declaredType(url: string, queue: string, deadLetterExchange?: string): Promise<'quorum' | 'other'> {
  const connection = await amqp.connect(url);
  connection.on('error', () => undefined);
  try {
    const channel = await connection.createChannel();
    channel.on('error', () => undefined);
    try {
      await channel.assertQueue(queue, { durable: true, deadLetterExchange, arguments: { 'x-queue-type': 'classic' } });
      return 'other';
    } catch (error) {
      const { code, message } = error as { code?: number; message?: string };
      if (code === 406 && message?.includes("received 'classic' but current is 'quorum'")) return 'quorum';
      throw error;
    }
  } finally {
    await connection.close().catch(() => undefined);
  }
}

describe.runIf(targets.rabbitmqUrl)('drill: a consumer restart on the quorum queue', () => {
  const bus = createRabbitBus({ url: targets.rabbitmqUrl!, queueType: 'quorum', log: pino({ level: 'silent' }) });
  afterAll(() => bus.close());

  it('declares order_service_queue and its dead-letter queue as quorum queues', async () => {
    await bus.ping();
    expect(await declaredType(targets.rabbitmqUrl!, QUEUE, DEAD_LETTER_EXCHANGE)).toBe('quorum');
    expect(await declaredType(targets.rabbitmqUrl!, DEAD_LETTER_QUEUE)).toBe('quorum');
  });

  it('delivers what was published while the consumer was stopped, each message once', { timeout: 60_000 }, async () => {
    const tenantId = randomUUID();
    const received: string[] = [];
    const consumer = async ({ event }: { event: { id: string; tenantid?: string } }) => {
      if (event.tenantid === tenantId) received.push(event.id);
    };
    const message = () => cloudEvent('payment.failed', tenantId, { paymentIntentId: `pi_${randomUUID()}`, reason: 'drill' }, new Date());

    await bus.consume(consumer);
    const first = message();
    await bus.publish([first]);
    await eventually(async () => (received.includes(first.id) ? true : undefined));

    await bus.stopConsuming();
    const whileStopped = [message(), message(), message()];
    await bus.publish(whileStopped);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(received).toEqual([first.id]);

    await bus.consume(consumer);
    await eventually(async () => (received.length >= 4 ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 500)); // nothing more may arrive
    expect([...received].sort()).toEqual([first, ...whileStopped].map((event) => event.id).sort());
  });
});
