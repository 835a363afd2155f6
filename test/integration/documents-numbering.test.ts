import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueInvoice, type DocumentOrder } from '../../src/modules/documents/index.js';
import { invoiceSourceOf } from '../../src/modules/documents/service.js';
import { findOrder } from '../../src/modules/orders/repository.js';
import { useTestService, startTestService, type TestService, type TestTenant } from '../support/harness.js';
import { serviceTargets } from '../support/services.js';
import { bearer, buyPaidOrder, orderDocuments } from '../support/documents.js';
import type { OrderResponse } from '../../src/modules/orders/schemas.js';

const targets = await serviceTargets();
const year = new Date().getUTCFullYear();
const invoiceNumber = (n: number) => `INV-${year}-${String(n).padStart(6, '0')}`;

const svc = useTestService();

/** Checks out one ticket per new customer, `count` orders, a few at a time; all RESERVED. */
async function reservedOrders(service: TestService, tenant: TestTenant, count: number): Promise<OrderResponse[]> {
  const event = await tenant.createEvent({ ticketTypes: [{ name: 'General', price: 2500, capacity: count + 10 }] });
  const orders: OrderResponse[] = new Array<OrderResponse>(count);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < count; index = next++) {
      const { token } = await tenant.customer();
      const response = await service.request({
        method: 'POST',
        url: '/api/v1/orders',
        headers: bearer(token),
        payload: { eventId: event.id, items: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 1 }] },
      });
      expect(response.statusCode, response.body).toBe(201);
      orders[index] = response.json<OrderResponse>();
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return orders;
}

async function confirm(service: TestService, order: OrderResponse) {
  return service.request({
    method: 'POST',
    url: `/internal/v1/orders/${order.id}/confirm`,
    headers: bearer(await service.serviceToken('payment-service')),
    payload: { paymentIntentId: order.payment.intentId },
  });
}

async function tenantInvoiceNumbers(service: TestService, tenantId: string): Promise<string[]> {
  const { rows } = await service.infra.db.system((tx) =>
    tx.query<{ number: string }>(`SELECT number FROM documents WHERE tenant_id = $1 AND type = 'invoice' ORDER BY sequence`, [tenantId]),
  );
  return rows.map((row) => row.number);
}

describe('document numbers', () => {
  it('a rolled-back issue gives its number back, also to an issue that waited for it', async () => {
    const tenant = svc.tenant();
    const first = await buyPaidOrder(svc, tenant);
    expect((await orderDocuments(svc, first.token, first.order.id)).map((document) => document.number)).toEqual([invoiceNumber(1)]);
    const [second] = await reservedOrders(svc, tenant, 1);

    // An issue that takes the next number and then fails: its transaction rolls back.
    let fail!: () => void;
    const failing = new Promise<void>((resolve) => (fail = resolve));
    let issuedInside = '';
    const rolledBack = svc.infra.db
      .tenant(tenant.id, async (tx) => {
        const order = (await findOrder(tx, first.order.id)) as DocumentOrder;
        issuedInside = (await issueInvoice(tx, order, 'probe', invoiceSourceOf(order), new Date())).number;
        await failing;
        throw new Error('the change being documented failed');
      })
      .catch((error: unknown) => error);
    while (!issuedInside) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(issuedInside).toBe(invoiceNumber(2));

    // Meanwhile a confirmation waits for the number; when the failed issue rolls back, it gets that number.
    const confirming = confirm(svc, second!);
    await new Promise((resolve) => setTimeout(resolve, 300));
    fail();
    expect(await rolledBack).toBeInstanceOf(Error);
    expect((await confirming).statusCode).toBe(200);
    expect(await tenantInvoiceNumbers(svc, tenant.id)).toEqual([invoiceNumber(1), invoiceNumber(2)]);
    const [secondInvoice] = await orderDocuments(svc, await tenant.admin(), second!.id);
    expect(secondInvoice?.number).toBe(invoiceNumber(2));
  });

  it('counts per tenant and per type: another tenant starts at 1, credit notes count apart', async () => {
    const tenant = svc.tenant();
    const { order, token } = await buyPaidOrder(svc, tenant);
    const other = svc.tenant();
    const elsewhere = await buyPaidOrder(svc, other);
    const credited = await svc.request({ method: 'POST', url: `/api/v1/orders/${order.id}/refunds`, headers: bearer(token), payload: { reason: 'x', amount: 100 } });
    expect(credited.statusCode, credited.body).toBe(201);
    expect((await orderDocuments(svc, token, order.id)).map((document) => document.number)).toEqual([invoiceNumber(1), `CN-${year}-000001`]);
    expect((await orderDocuments(svc, elsewhere.token, elsewhere.order.id)).map((document) => document.number)).toEqual([invoiceNumber(1)]);
  });
});

describe('issued documents are immutable', () => {
  it('the database refuses to change or delete one, as the service and as the owner', async () => {
    const ownerUrl = process.env.DATABASE_MIGRATION_URL?.trim() || targets.databaseUrl;
    const tenant = svc.tenant();
    const { order, token } = await buyPaidOrder(svc, tenant);
    const [invoice] = await orderDocuments(svc, token, order.id);
    const attempts = [
      `UPDATE documents SET number = 'INV-0' WHERE id = $1`,
      `UPDATE documents SET total = 0 WHERE id = $1`,
      `DELETE FROM documents WHERE id = $1`,
    ];
    for (const sql of attempts) {
      await expect(svc.infra.db.tenant(tenant.id, (tx) => tx.query(sql, [invoice!.id]))).rejects.toThrow(/permission denied/);
      // The service's system path: refused by its grants (least-privileged login) or by the trigger (an owner login).
      await expect(svc.infra.db.system((tx) => tx.query(sql, [invoice!.id]))).rejects.toThrow(/immutable|permission denied/);
      if (ownerUrl) {
        const owner = new pg.Client({ connectionString: ownerUrl });
        await owner.connect();
        try {
          await expect(owner.query(sql, [invoice!.id])).rejects.toThrow(/immutable/);
        } finally {
          await owner.end();
        }
      }
    }
    const [again] = await orderDocuments(svc, token, order.id);
    expect(again).toEqual(invoice);
  });
});

describe.runIf(targets.databaseUrl)('numbers under concurrent confirmations on two instances', () => {
  let second: TestService;
  beforeAll(async () => {
    second = await startTestService({ sharePeersWith: svc });
  });
  afterAll(async () => {
    await second?.close();
  });

  it('200 confirmations at once give exactly INV-<year>-000001 .. 000200, no gap, no duplicate', async () => {
    const tenant = svc.tenant();
    const orders = await reservedOrders(svc, tenant, 200);
    // Each confirmation goes to one of the two instances, all at once. They queue on the tenant's invoice
    // counter; on a machine loaded enough that a caller times out waiting for a database connection, it asks
    // again as the Payment service and the message redelivery do (confirming is idempotent).
    const confirmed = async (order: OrderResponse, index: number) => {
      for (let attempt = 1; ; attempt++) {
        const answer = await confirm(index % 2 === 0 ? svc : second, order);
        if (answer.statusCode < 500 || attempt === 5) return answer.statusCode;
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    };
    const statuses = await Promise.all(orders.map(confirmed));
    expect(statuses).toEqual(orders.map(() => 200));
    const numbers = await tenantInvoiceNumbers(svc, tenant.id);
    expect(numbers).toEqual(Array.from({ length: 200 }, (_, index) => invoiceNumber(index + 1)));
    const { rows } = await svc.infra.db.system((tx) =>
      tx.query<{ orders: number }>(`SELECT count(DISTINCT order_id)::int AS orders FROM documents WHERE tenant_id = $1`, [tenant.id]),
    );
    expect(rows[0]?.orders).toBe(200);
  }, 120_000);
});
