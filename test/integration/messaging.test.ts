import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloudEvent } from '../../src/bus/cloud-event.js';
import { enqueueMessage } from '../../src/bus/outbox.js';
import { eventually, useTestService, type TestTenant } from '../support/harness.js';
import { tapBus, type BusTap } from '../support/bus-tap.js';

const svc = useTestService();
let tap: BusTap;

beforeAll(async () => {
  tap = await tapBus(svc);
});
afterAll(async () => {
  await tap?.close();
});

async function reservedOrder(tenant: TestTenant) {
  const { token, userId } = await tenant.customer();
  const event = await tenant.createEvent();
  const response = await svc.request({
    method: 'POST',
    url: '/api/v1/orders',
    headers: { authorization: `Bearer ${token}` },
    payload: { eventId: event.id, items: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 1 }] },
  });
  expect(response.statusCode).toBe(201);
  return { order: response.json(), token, userId, event };
}

async function timelineTypes(token: string, orderId: string): Promise<string[]> {
  const response = await svc.request({ method: 'GET', url: `/api/v1/orders/${orderId}/events`, headers: { authorization: `Bearer ${token}` } });
  return response.json().data.map((entry: { type: string }) => entry.type);
}

describe('publishing through the outbox', () => {
  it('publishes order.created and order.reserved for a committed checkout, as CloudEvents with the tenant', async () => {
    const tenant = svc.tenant();
    const { order } = await reservedOrder(tenant);
    const messages = await eventually(async () => {
      const found = tap.messages((event) => event.data.orderId === order.id);
      return found.length >= 2 ? found : undefined;
    });
    expect(messages.map((event) => event.type).sort()).toEqual(['order.created', 'order.reserved']);
    for (const event of messages) {
      expect(event).toMatchObject({ specversion: '1.0', source: 'order-service', datacontenttype: 'application/json', tenantid: tenant.id });
      expect(Date.parse(event.time)).not.toBeNaN();
    }
  });

  it('never publishes a message whose transaction rolled back', async () => {
    const tenantId = svc.tenant().id;
    const marker = randomUUID();
    await expect(
      svc.infra.db.tenant(tenantId, async (tx) => {
        await enqueueMessage(tx, { type: 'order.cancelled', tenantId, data: { orderId: marker }, time: new Date() });
        throw new Error('the use case failed after writing its message');
      }),
    ).rejects.toThrow('the use case failed');
    await svc.infra.db.tenant(tenantId, async (tx) => {
      await enqueueMessage(tx, { type: 'order.cancelled', tenantId, data: { orderId: `${marker}-committed` }, time: new Date() });
    });
    await eventually(async () => (tap.messages((event) => event.data.orderId === `${marker}-committed`).length ? true : undefined));
    expect(tap.messages((event) => event.data.orderId === marker)).toHaveLength(0);
    const { rows } = await svc.infra.db.system((tx) => tx.query(`SELECT 1 FROM outbox WHERE message->'data'->>'orderId' = $1`, [marker]));
    expect(rows).toHaveLength(0);
  });
});

describe('consuming order_service_queue', () => {
  it('confirms an order from payment.succeeded and applies a duplicate delivery once', async () => {
    const tenant = svc.tenant();
    const { order, token } = await reservedOrder(tenant);
    const message = cloudEvent('payment.succeeded', tenant.id, { orderId: order.id, paymentIntentId: order.payment.intentId }, new Date());
    await tap.publish(message);
    await tap.publish(message);
    await eventually(async () => {
      const current = await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: { authorization: `Bearer ${token}` } });
      return current.json().status === 'CONFIRMED' ? true : undefined;
    });
    // The confirmation calls peers, so the message id is recorded in the transaction after it.
    const rows = await eventually(async () => {
      const found = await svc.infra.db.system((tx) => tx.query('SELECT message_id FROM inbox WHERE message_id = $1', [message.id]));
      return found.rows.length > 0 ? found.rows : undefined;
    });
    expect(rows).toHaveLength(1);
    expect((await timelineTypes(token, order.id)).filter((type) => type === 'order.confirmed')).toHaveLength(1);
  });

  it('records payment.failed on the timeline and keeps the order RESERVED for another try', async () => {
    const tenant = svc.tenant();
    const { order, token } = await reservedOrder(tenant);
    const failed = await fetch(`${svc.infra.sandbox!.urls.payment}/sandbox/payment-intents/${order.payment.intentId}/fail`, { method: 'POST' });
    expect(failed.status).toBe(200);
    await eventually(async () => ((await timelineTypes(token, order.id)).includes('payment.failed') ? true : undefined));
    const current = (await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: { authorization: `Bearer ${token}` } })).json();
    expect(current.status).toBe('RESERVED');
    expect(current.payment.status).toBe('failed');
  });

  it('attaches the tickets of ticket.allocated to the order items', async () => {
    const tenant = svc.tenant();
    const { order, token } = await reservedOrder(tenant);
    const ticketId = randomUUID();
    await tap.publish(
      cloudEvent('ticket.allocated', tenant.id, { orderId: order.id, tickets: [{ ticketId, ticketTypeId: order.items[0].ticketTypeId }] }, new Date()),
    );
    await eventually(async () => {
      const current = (await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: { authorization: `Bearer ${token}` } })).json();
      return current.items[0].ticketIds.includes(ticketId) ? true : undefined;
    });
  });

  it('dead-letters a message about an order that does not exist, at once', async () => {
    const message = cloudEvent('payment.succeeded', svc.tenant().id, { orderId: randomUUID(), paymentIntentId: 'pi_unknown' }, new Date());
    await tap.publish(message);
    const dead = await tap.waitForDeadLetter(message.id);
    expect(dead.type).toBe('payment.succeeded');
  });

  it('retries a message that keeps failing and dead-letters it after the fifth attempt', async () => {
    const tenant = svc.tenant();
    const { order, token } = await reservedOrder(tenant);
    // A payment for another intent never applies to this order (409 on every attempt).
    const message = cloudEvent('payment.succeeded', tenant.id, { orderId: order.id, paymentIntentId: 'pi_of_someone_else' }, new Date());
    await tap.publish(message);
    await tap.waitForDeadLetter(message.id, 20_000);
    const current = (await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: { authorization: `Bearer ${token}` } })).json();
    expect(current.status).toBe('RESERVED');
  });
});
