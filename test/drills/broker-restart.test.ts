/**
 * Drill: RabbitMQ stops in the middle of a burst of checkouts and comes back. Every committed order's
 * messages must reach the broker afterwards (the outbox waits, the relay reconnects), and the consumer
 * must resume by itself. Needs the real broker and the right to run rabbitmqctl (CI runs as root).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { randomUUID } from 'node:crypto';
import amqp from 'amqplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloudEvent, type CloudEvent } from '../../src/bus/cloud-event.js';
import { EXCHANGE } from '../../src/bus/message-bus.js';
import { eventually, startTestService, type TestService } from '../support/harness.js';
import { serviceTargets } from '../support/services.js';

const run = promisify(execFile);
const targets = await serviceTargets();

async function rabbitctl(...args: string[]): Promise<void> {
  await run('rabbitmqctl', args, { timeout: 120_000 });
}

describe.runIf(targets.rabbitmqUrl && targets.databaseUrl)('drill: the broker restarts during a burst of checkouts', () => {
  let svc: TestService;
  const tapQueue = `drill-tap-${randomUUID()}`;

  beforeAll(async () => {
    svc = await startTestService();
    const connection = await amqp.connect(targets.rabbitmqUrl!);
    const channel = await connection.createChannel();
    await channel.assertQueue(tapQueue, { durable: true });
    await channel.bindQueue(tapQueue, EXCHANGE, 'order.#');
    await connection.close();
  });
  afterAll(async () => {
    await rabbitctl('start_app').catch(() => undefined);
    const connection = await amqp.connect(targets.rabbitmqUrl!).catch(() => null);
    if (connection) {
      const channel = await connection.createChannel();
      await channel.deleteQueue(tapQueue).catch(() => undefined);
      await connection.close();
    }
    await svc?.close();
  });

  it('delivers every committed order message after the broker is back, and consumes again', { timeout: 180_000 }, async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent({ ticketTypes: [{ name: 'General', price: 5000, capacity: 500 }] });
    const checkout = async () => {
      const buyer = await tenant.customer();
      const response = await svc.request({
        method: 'POST',
        url: '/api/v1/orders',
        headers: { authorization: `Bearer ${buyer.token}` },
        payload: { eventId: event.id, items: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 1 }] },
      });
      return response.statusCode === 201 ? (response.json() as { id: string; payment: { intentId: string } }) : null;
    };

    const before = await Promise.all(Array.from({ length: 10 }, checkout));
    const stopping = rabbitctl('stop_app');
    const during = await Promise.all(Array.from({ length: 10 }, checkout));
    await stopping;
    const whileDown = await Promise.all(Array.from({ length: 10 }, checkout));
    await rabbitctl('start_app');

    const committed = [...before, ...during, ...whileDown].filter((order): order is NonNullable<typeof order> => order !== null);
    expect(committed.length).toBe(30);
    const expected = new Set(committed.flatMap((order) => [`order.created:${order.id}`, `order.reserved:${order.id}`]));

    const connection = await eventually(() => amqp.connect(targets.rabbitmqUrl!).catch(() => undefined), 60_000, 500);
    const channel = await connection.createChannel();
    const seen = new Set<string>();
    await channel.consume(tapQueue, (message) => {
      if (!message) return;
      const event = JSON.parse(message.content.toString('utf8')) as CloudEvent<{ orderId: string }>;
      seen.add(`${event.type}:${event.data.orderId}`);
      channel.ack(message);
    });
    await eventually(async () => ([...expected].every((key) => seen.has(key)) ? true : undefined), 60_000, 200);

    // The consumer came back by itself: a payment.succeeded published now confirms the order.
    const order = committed[0]!;
    channel.publish(
      EXCHANGE,
      'payment.succeeded',
      Buffer.from(JSON.stringify(cloudEvent('payment.succeeded', tenant.id, { orderId: order.id, paymentIntentId: order.payment.intentId }, new Date()))),
      { persistent: true },
    );
    await eventually(async () => {
      const { rows } = await svc.infra.db.system((tx) => tx.query<{ status: string }>('SELECT status FROM orders WHERE id = $1', [order.id]));
      return rows[0]?.status === 'CONFIRMED' ? true : undefined;
    }, 30_000, 200);
    await connection.close();
  });
});
