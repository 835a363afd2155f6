/**
 * Order changes end to end (SPEC §13): the quote, a swap paid through its own payment intent, a removal refunded
 * through the refund machinery, a change that costs nothing, and what the order, the timeline, the messages and
 * the Ticket and Payment services show afterwards.
 */
import { describe, expect, it } from 'vitest';
import { useTestService } from '../support/harness.js';
import { buyConfirmedOrder, createPolicy, outboxTypes, timelineTypes, validTicketIds } from '../support/refunds.js';
import { intentsOfOrder } from '../support/orders.js';
import { expectTotalsOfLiveItems, listChanges, makeChange, orderOf, payChange, quoteChange, setChangeFee } from '../support/changes.js';

const svc = useTestService();

describe('an order change from quote to applied', () => {
  it('a quote prices the swap like a checkout (no fixed processing fee), credits what the ticket paid, and stores nothing', async () => {
    const tenant = svc.tenant();
    const order = await buyConfirmedOrder(svc, tenant);
    const vip = order.event.ticketTypes[1]!.id;
    const response = await quoteChange(svc, order.token, order.id, { add: [{ ticketTypeId: vip, quantity: 1 }], remove: [{ orderItemId: order.items[0]!.id, quantity: 1 }] });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      orderId: order.id,
      currency: 'USD',
      // 150.00 + 5 % + 2.9 % (no 0.30: charged once, at checkout) + 8 % tax on each line
      add: [{ ticketTypeId: vip, quantity: 1, unitPrice: 15000, subtotal: 15000, platformFee: 750, processingFee: 435, tax: 1295, total: 17480 }],
      remove: [{ orderItemId: order.items[0]!.id, quantity: 1 }],
      // the built-in policy keeps the fees: the ticket and its tax come back
      credited: { amount: 5400, tickets: 5000, platformFee: 0, processingFee: 0, tax: 400 },
      delta: { subtotal: 10000, platformFee: 750, processingFee: 435, tax: 895, changeFee: 0, total: 12080 },
      settlement: 'charge',
      orderAfter: { total: order.total + 12080 },
    });
    expect(await listChanges(svc, order.token, order.id)).toEqual([]);
    expect((await orderOf(svc, order.token, order.id)).version).toBe(1);
  });

  it('a swap with a positive delta waits for its own payment, then applies: new item, removed quantity, version, timeline, order.changed', async () => {
    const tenant = svc.tenant();
    const order = await buyConfirmedOrder(svc, tenant);
    const vip = order.event.ticketTypes[1]!.id;
    const removedTicket = order.items[0]!.ticketIds[0]!;
    const change = await makeChange(svc, order.token, order.id, {
      reason: 'upgrade',
      add: [{ ticketTypeId: vip, quantity: 1 }],
      remove: [{ orderItemId: order.items[0]!.id, quantity: 1 }],
    });
    expect(change).toMatchObject({ status: 'AWAITING_PAYMENT', delta: { total: 12080 }, payment: { intentId: expect.any(String), clientSecret: expect.any(String) } });
    expect(change.expiresAt).toEqual(expect.any(String));
    // Nothing moved on the order yet; its own intent is untouched.
    const before = await orderOf(svc, order.token, order.id);
    expect(before).toMatchObject({ version: 1, pricing: { total: order.total } });
    expect(intentsOfOrder(svc, order.id).find((intent) => intent.id === change.payment!.intentId)).toMatchObject({ amount: 12080 });

    const paid = await payChange(svc, order.token, order.id, change);
    expect(paid).toMatchObject({ status: 'APPLIED', appliedAt: expect.any(String) });
    expect(paid.payment?.clientSecret).toBeNull();

    const after = await orderOf(svc, order.token, order.id);
    expect(after.version).toBe(2);
    expect(after.items).toHaveLength(2);
    expect(after.items[0]).toMatchObject({ id: order.items[0]!.id, quantity: 2, removedQuantity: 1 });
    expect(after.items[1]).toMatchObject({ id: paid.add[0]!.orderItemId, ticketTypeId: vip, quantity: 1, removedQuantity: 0, total: 17480 });
    expect(after.items[1]!.ticketIds).toHaveLength(1);
    expect(after.pricing.total).toBe(order.total + 12080);
    expectTotalsOfLiveItems(after, 5400);

    const valid = await validTicketIds(svc, tenant.id, order.id);
    expect(valid).not.toContain(removedTicket);
    expect(valid).toContain(after.items[1]!.ticketIds[0]);
    expect(valid).toHaveLength(2);
    const types = await timelineTypes(svc, order.id, order.token);
    expect(types.slice(-3)).toEqual(['change.requested', 'change.awaiting_payment', 'order.changed']);
    expect(await outboxTypes(svc, tenant.id)).toContain('order.changed');
    expect(await listChanges(svc, order.token, order.id)).toEqual([paid]);

    // Documents: the credit note references the invoice; a further invoice charges the added line.
    const documents = (await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}/documents`, headers: { authorization: `Bearer ${order.token}` } })).json<{
      data: { type: string; number: string; totals: { total: number }; references?: { invoiceNumber: string } }[];
    }>().data;
    const invoices = documents.filter((document) => document.type === 'invoice');
    const credits = documents.filter((document) => document.type === 'credit_note');
    expect(invoices).toHaveLength(2);
    expect(credits).toHaveLength(1);
    expect(credits[0]!.references?.invoiceNumber).toBe(invoices[0]!.number);
    expect(credits[0]!.totals.total).toBe(5400);
    expect(invoices[1]!.totals.total).toBe(17480);
    // Tax reports count the added tax and take off the credited tax (8 % DEFAULT: 1200 on the VIP ticket, 400 back).
    const admin = await tenant.admin();
    const from = new Date(Date.now() - 3_600_000).toISOString();
    const to = new Date(Date.now() + 3_600_000).toISOString();
    const report = (await svc.request({ method: 'GET', url: `/api/v1/tax/reports?from=${from}&to=${to}`, headers: { authorization: `Bearer ${admin}` } })).json<{
      data: { jurisdiction: string; category: string; taxCollected: number; taxRefunded: number }[];
    }>();
    expect(report.data.find((row) => row.category === 'tickets')).toMatchObject({ jurisdiction: 'DEFAULT', taxCollected: 800 + 1200, taxRefunded: 400 });
    const kept = invoices.reduce((total, invoice) => total + invoice.totals.total, 0) - credits.reduce((total, note) => total + note.totals.total, 0);
    expect(kept).toBe(after.pricing.total - after.refundedAmount);
  });

  it('a removal credits the tickets through the refund machinery: applied at once, a refund keyed on the change, money back', async () => {
    const tenant = svc.tenant();
    const order = await buyConfirmedOrder(svc, tenant, { items: [{ type: 0, quantity: 3 }] });
    const change = await makeChange(svc, order.token, order.id, { remove: [{ orderItemId: order.items[0]!.id, quantity: 1 }] });
    expect(change).toMatchObject({ status: 'APPLIED', delta: { total: -5400 }, credited: { amount: 5400 }, refundId: expect.any(String) });
    expect(change.payment).toBeUndefined();

    const refunds = (await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}/refunds`, headers: { authorization: `Bearer ${order.token}` } })).json();
    expect(refunds.data).toEqual([expect.objectContaining({ id: change.refundId, status: 'SUCCEEDED', amount: 5400, basis: 'change' })]);
    const intent = intentsOfOrder(svc, order.id)[0]!;
    expect(intent.refundedAmount).toBe(5400);

    const after = await orderOf(svc, order.token, order.id);
    // The credit is taken off the order's total, not counted as a refund of what it still holds.
    expect(after).toMatchObject({ status: 'CONFIRMED', version: 2, refundedAmount: 0, pricing: { total: order.total - 5400 } });
    expect(after.items[0]).toMatchObject({ quantity: 3, removedQuantity: 1 });
    expectTotalsOfLiveItems(after, 5400);
    expect(await validTicketIds(svc, tenant.id, order.id)).toHaveLength(2);
    expect(await timelineTypes(svc, order.id, order.token)).toEqual(expect.arrayContaining(['order.changed', 'refund.requested', 'change.refund.succeeded']));

    // A later refund of everything left never credits the removed ticket again.
    const eligibility = (await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}/refund-eligibility`, headers: { authorization: `Bearer ${order.token}` } })).json();
    expect(eligibility.refundableAmount).toBe(2 * 5400);
  });

  it('a change whose delta is zero (the change fee covers the difference) applies at once with no payment and no refund', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    // Fees come back with a removed ticket under this policy, so a same-type swap credits a little more than it adds.
    await createPolicy(svc, admin, { refundPlatformFee: true, refundProcessingFee: true });
    const order = await buyConfirmedOrder(svc, tenant);
    const general = order.event.ticketTypes[0]!.id;
    const lines = { add: [{ ticketTypeId: general, quantity: 1 }], remove: [{ orderItemId: order.items[0]!.id, quantity: 1 }] };
    const quote = (await quoteChange(svc, order.token, order.id, lines)).json();
    expect(quote.delta.total).toBeLessThan(0);
    await setChangeFee(svc, admin, -quote.delta.total);

    const change = await makeChange(svc, order.token, order.id, lines);
    expect(change).toMatchObject({ status: 'APPLIED', delta: { total: 0, changeFee: -quote.delta.total } });
    expect(change.payment).toBeUndefined();
    expect(change.refundId).toBeUndefined();
    const after = await orderOf(svc, order.token, order.id);
    expect(after).toMatchObject({ version: 2, changeFee: -quote.delta.total, pricing: { total: order.total } });
    expectTotalsOfLiveItems(after, quote.credited.amount);
  });
});
