/**
 * The order export (SPEC §16): staff get every item of the tenant's orders as CSV or XLSX, filtered by period,
 * event and status, streamed from a database cursor; a reader that goes away ends the query.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eventually, useTestService } from '../support/harness.js';
import { buyPaidOrder } from '../support/documents.js';
import { bearer, expectProblem, placeOrder } from '../support/orders.js';
import { csvRecords, seedOrders, xlsxRecords } from '../support/order-export.js';

const svc = useTestService();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function exportOf(token: string, query = '', accept?: string) {
  return svc.request({ method: 'GET', url: `/api/v1/orders/export${query}`, headers: { ...bearer(token), ...(accept ? { accept } : {}) } });
}

describe('order export', () => {
  it('gives one CSV row per item with the order and item amounts, and filters by event, status and period', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent();
    const paid = await buyPaidOrder(svc, tenant, {
      event,
      items: [
        { type: 0, quantity: 2 },
        { type: 1, quantity: 1 },
      ],
      billing: { name: '=HYPERLINK("http://evil.example")', email: 'ada@example.com' },
    });
    const reserved = await placeOrder(svc, tenant);
    const admin = await tenant.admin();

    const response = await exportOf(admin, '', 'text/csv');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="orders-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = csvRecords(response.body);
    expect(rows).toHaveLength(3);
    const [first, second, third] = rows;
    expect(first).toMatchObject({ orderId: paid.order.id, orderNumber: paid.order.orderNumber, status: 'CONFIRMED', itemPosition: '0', quantity: '2', currency: paid.order.currency });
    expect(second).toMatchObject({ orderId: paid.order.id, itemPosition: '1', quantity: '1' });
    expect(third).toMatchObject({ orderId: reserved.order.id, status: 'RESERVED', userId: reserved.userId });
    paid.order.items.forEach((item, index) => {
      expect(rows[index]).toMatchObject({ itemId: item.id, unitPrice: String(item.unitPrice), itemTotal: String(item.total), itemTax: String(item.tax) });
    });
    expect(first?.orderTotal).toBe(String(paid.order.pricing.total));
    // A buyer's text that a spreadsheet would run as a formula is written inert.
    expect(first?.billingName).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(first?.billingEmail).toBe('ada@example.com');

    const byStatus = csvRecords((await exportOf(admin, '?status=reserved,expired')).body);
    expect(byStatus.map((row) => row.orderId)).toEqual([reserved.order.id]);
    const byEvent = csvRecords((await exportOf(admin, `?eventId=${event.id}`)).body);
    expect(new Set(byEvent.map((row) => row.orderId))).toEqual(new Set([paid.order.id]));
    const later = new Date(Date.now() + 60_000).toISOString();
    expect(csvRecords((await exportOf(admin, `?from=${encodeURIComponent(later)}`)).body)).toEqual([]);
    expect(csvRecords((await exportOf(admin, `?to=${encodeURIComponent(later)}&format=csv`)).body)).toHaveLength(3);

    // Another tenant's staff see none of it.
    expect(csvRecords((await exportOf(await svc.tenant().support())).body)).toEqual([]);
  });

  it('gives the same rows as XLSX, by Accept or by format=xlsx, amounts as numbers', async () => {
    const tenant = svc.tenant();
    const paid = await buyPaidOrder(svc, tenant, { items: [{ type: 0, quantity: 3 }] });
    const support = await tenant.support();
    for (const response of [await exportOf(support, '', XLSX), await exportOf(support, '?format=xlsx')]) {
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe(XLSX);
      const rows = await xlsxRecords(response.rawPayload);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        orderId: paid.order.id,
        orderNumber: paid.order.orderNumber,
        quantity: 3,
        unitPrice: paid.order.items[0]?.unitPrice,
        orderTotal: paid.order.pricing.total,
        currency: paid.order.currency,
      });
      expect(rows[0]?.createdAt).toBeInstanceOf(Date);
    }
  });

  it('is for staff only and refuses a bad filter', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    expectProblem(await exportOf(token), 403, 'FORBIDDEN');
    const admin = await tenant.admin();
    expect(expectProblem(await exportOf(admin, '?status=SHIPPED'), 400, 'VALIDATION_FAILED').errors?.[0]?.field).toBe('querystring.status');
    expectProblem(await exportOf(admin, '?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z'), 400, 'VALIDATION_FAILED');
    expectProblem(await exportOf(admin, '?format=pdf'), 400, 'VALIDATION_FAILED');
  });

  // Seeding 30,000 orders (more than the sockets between server and reader can buffer) takes a while on a busy machine.
  it('streams a large export and stops the query when the reader goes away', { timeout: 120_000 }, async (ctx) => {
    if (svc.infra.db.kind !== 'postgres') ctx.skip();
    const tenant = svc.tenant();
    await seedOrders(svc.infra.db, tenant.id, 30_000, randomUUID());
    const admin = await tenant.admin();
    const abort = new AbortController();
    const response = await fetch(`${svc.baseUrl}/api/v1/orders/export`, { headers: bearer(admin), signal: abort.signal });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const firstChunk = await reader.read();
    expect(new TextDecoder().decode(firstChunk.value)).toMatch(/^orderId,orderNumber,/);

    const cursorsOpen = async () => {
      const { rows } = await svc.infra.db.system((tx) =>
        tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE 'FETCH % FROM order_export_rows' AND pid <> pg_backend_pid()`),
      );
      return rows[0]?.n ?? 0;
    };
    // The reader has not read on: the export waits, its transaction and cursor open.
    await eventually(async () => ((await cursorsOpen()) > 0 ? true : undefined));
    abort.abort();
    await eventually(async () => ((await cursorsOpen()) === 0 ? true : undefined));
    await svc.infra.db.tenant(tenant.id, (tx) => tx.query('DELETE FROM orders'));
  });
});
