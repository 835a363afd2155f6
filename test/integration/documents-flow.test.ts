import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/core/documents.js';
import { startTestService, type TestService } from '../support/harness.js';
import { expectProblem } from '../support/order-factories.js';
import {
  BILLING,
  SELLER,
  bearer,
  buyPaidOrder,
  keptByDocuments,
  orderDocuments,
  pdfText,
  putInvoiceSettings,
  type DocumentBody,
} from '../support/documents.js';

let svc: TestService;
beforeAll(async () => {
  svc = await startTestService();
});
afterAll(async () => {
  await svc?.close();
});

const year = new Date().getUTCFullYear();
const refund = (orderId: string, token: string, payload: object) =>
  svc.request({ method: 'POST', url: `/api/v1/orders/${orderId}/refunds`, headers: bearer(token), payload });
/** How a PDF text extractor reads an amount formatted for the locale (non-breaking spaces come out as spaces). */
const shown = (amount: number, currency: string, locale: string) => formatMoney(amount, currency, locale).replace(/[\u00a0\u202f]/g, ' ');

describe('invoice settings', () => {
  it('answers the defaults until an admin sets them, then what was set', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    const before = await svc.request({ method: 'GET', url: '/api/v1/invoice-settings', headers: bearer(admin) });
    expect(before.json()).toEqual({ seller: null, invoicePrefix: 'INV-', creditNotePrefix: 'CN-', footer: null, locale: 'en-US', updatedAt: null });
    await putInvoiceSettings(svc, tenant, { invoicePrefix: 'RE-', footer: 'Thank you', locale: 'de-DE' });
    const after = await svc.request({ method: 'GET', url: '/api/v1/invoice-settings', headers: bearer(admin) });
    expect(after.json()).toMatchObject({ seller: SELLER, invoicePrefix: 'RE-', creditNotePrefix: 'CN-', footer: 'Thank you', locale: 'de-DE' });
  });

  it('is for admins only, and refuses a locale or country it cannot use', async () => {
    const tenant = svc.tenant();
    const support = await tenant.support();
    expectProblem(await svc.request({ method: 'GET', url: '/api/v1/invoice-settings', headers: bearer(support) }), 403, 'FORBIDDEN');
    const admin = await tenant.admin();
    const badLocale = await svc.request({ method: 'PUT', url: '/api/v1/invoice-settings', headers: bearer(admin), payload: { seller: SELLER, locale: 'xx-!!' } });
    expect(expectProblem(badLocale, 400, 'VALIDATION_FAILED').errors).toEqual([expect.objectContaining({ field: 'body.locale' })]);
    const badCountry = await svc.request({
      method: 'PUT',
      url: '/api/v1/invoice-settings',
      headers: bearer(admin),
      payload: { seller: { ...SELLER, address: { ...SELLER.address, country: 'XX' } } },
    });
    expectProblem(badCountry, 400, 'VALIDATION_FAILED');
  });
});

describe('billing details at checkout', () => {
  it('refuses an unknown country, a bad email and an over-long name, and keeps nothing', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent();
    const { token } = await tenant.customer();
    const cases = [
      { billing: { ...BILLING, address: { ...BILLING.address, country: 'XX' } }, field: 'address' },
      { billing: { ...BILLING, address: { ...BILLING.address, country: 'de' } }, field: 'address' },
      { billing: { ...BILLING, email: 'not-an-email' }, field: 'email' },
      { billing: { ...BILLING, name: 'x'.repeat(201) }, field: 'name' },
      { billing: { email: 'a@example.com' }, field: 'billing' },
    ];
    for (const { billing, field } of cases) {
      const response = await svc.request({
        method: 'POST',
        url: '/api/v1/orders',
        headers: bearer(token),
        payload: { eventId: event.id, items: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 1 }], billing },
      });
      const problem = expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(problem.errors?.some((error) => error.field.includes(field) || error.message.includes(field)), JSON.stringify(problem.errors)).toBe(true);
    }
    const list = await svc.request({ method: 'GET', url: '/api/v1/orders', headers: bearer(token) });
    expect(list.json().data).toEqual([]);
  });

  it('is stored on the order', async () => {
    const tenant = svc.tenant();
    const { order } = await buyPaidOrder(svc, tenant, { billing: BILLING });
    expect(order.billing).toEqual(BILLING);
  });
});

describe('invoices and credit notes of an order', () => {
  it('issues the invoice on confirmation and a credit note per succeeded refund; invoices minus credit notes is what the order kept', async () => {
    const tenant = svc.tenant();
    await putInvoiceSettings(svc, tenant, { locale: 'de-DE', footer: 'Registergericht Berlin HRB 1' });
    const { order, token } = await buyPaidOrder(svc, tenant, { billing: BILLING, items: [{ type: 0, quantity: 2 }, { type: 1, quantity: 1 }] });

    const [invoice, ...rest] = await orderDocuments(svc, token, order.id);
    expect(rest).toEqual([]);
    expect(invoice).toMatchObject({
      type: 'invoice',
      number: `INV-${year}-000001`,
      orderId: order.id,
      orderNumber: order.orderNumber,
      currency: 'EUR',
      locale: 'de-DE',
      seller: SELLER,
      buyer: { userId: order.userId, ...BILLING },
      totals: { total: order.pricing.total, tax: order.pricing.tax, net: order.pricing.total - order.pricing.tax },
      footer: 'Registergericht Berlin HRB 1',
    });
    expect(invoice!.references).toBeUndefined();
    expect(invoice!.taxes).toEqual(order.taxes);
    expect(invoice!.lines.map((line) => [line.description, line.quantity, line.unitPrice])).toEqual([
      ['Test Event — General', 2, 5000],
      ['Test Event — VIP', 1, 15000],
      ['Platform fee', 1, order.pricing.platformFee],
      ['Processing fee', 1, order.pricing.processingFee],
    ]);

    const byAmount = await refund(order.id, token, { reason: 'one less', amount: 2000 });
    expect(byAmount.statusCode, byAmount.body).toBe(201);
    const byItem = await refund(order.id, token, { reason: 'cannot come', items: [{ orderItemId: order.items[1]!.id, quantity: 1 }] });
    expect(byItem.statusCode, byItem.body).toBe(201);
    const refunded = [byAmount.json<{ amount: number }>().amount, byItem.json<{ amount: number }>().amount];

    const documents = await orderDocuments(svc, token, order.id);
    expect(documents.map((document) => document.number)).toEqual([`INV-${year}-000001`, `CN-${year}-000001`, `CN-${year}-000002`]);
    const [, firstCredit, secondCredit] = documents as [DocumentBody, DocumentBody, DocumentBody];
    expect(firstCredit).toMatchObject({ type: 'credit_note', references: { invoiceNumber: invoice!.number, documentId: invoice!.id }, buyer: invoice!.buyer });
    expect([firstCredit.totals.total, secondCredit.totals.total]).toEqual(refunded);
    expect(secondCredit.lines[0]).toMatchObject({ description: 'Test Event — VIP', orderItemId: order.items[1]!.id, quantity: 1 });
    for (const document of documents) {
      expect(document.totals.total).toBe(document.totals.net + document.totals.tax);
      expect(document.lines.reduce((total, line) => total + line.total, 0)).toBe(document.totals.total);
    }
    const after = await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: bearer(token) });
    const { pricing, refundedAmount } = after.json<typeof order>();
    expect(keptByDocuments(documents)).toBe(pricing.total - refundedAmount);
  });

  it('renders a document as a real PDF with its number, parties, tax lines and totals in the tenant locale', async () => {
    const tenant = svc.tenant();
    await putInvoiceSettings(svc, tenant, { locale: 'de-DE', footer: 'Vielen Dank' });
    const { order, token } = await buyPaidOrder(svc, tenant, { billing: BILLING });
    const [invoice] = await orderDocuments(svc, token, order.id);
    const response = await svc.request({ method: 'GET', url: `/api/v1/documents/${invoice!.id}`, headers: { ...bearer(token), accept: 'application/pdf' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(response.rawPayload);
    expect(text).toContain(`Invoice INV-${year}-000001`);
    expect(text).toContain(SELLER.legalName);
    expect(text).toContain(BILLING.name);
    expect(text).toContain(`Tax ID: ${BILLING.taxId}`);
    expect(text).toContain('Test Event — General');
    for (const entry of invoice!.taxes) {
      expect(text).toContain(`${entry.jurisdiction} ${entry.category.replace('_', ' ')} ${entry.rate} % on ${shown(entry.taxable, 'EUR', 'de-DE')}: ${shown(entry.tax, 'EUR', 'de-DE')}`);
    }
    expect(text).toContain(`Total: ${shown(order.pricing.total, 'EUR', 'de-DE')}`);
    expect(text).toContain(`Tax: ${shown(order.pricing.tax, 'EUR', 'de-DE')}`);
    expect(shown(order.pricing.total, 'EUR', 'de-DE')).toMatch(/^\d{1,3}(\.\d{3})*,\d{2} €$/);
    expect(text).toContain('Vielen Dank');

    const credited = await refund(order.id, token, { reason: 'cannot come', amount: 1234 });
    expect(credited.statusCode, credited.body).toBe(201);
    const creditNote = (await orderDocuments(svc, token, order.id)).find((document) => document.type === 'credit_note')!;
    const creditPdf = await svc.request({ method: 'GET', url: `/api/v1/documents/${creditNote.id}`, headers: { ...bearer(token), accept: 'application/pdf' } });
    const creditText = await pdfText(creditPdf.rawPayload);
    expect(creditText).toContain(`Credit note CN-${year}-000001`);
    expect(creditText).toContain(`Credits invoice: INV-${year}-000001`);
    expect(creditText).toContain(`Total credited: ${shown(1234, 'EUR', 'de-DE')}`);
  });

  it('shows a document as JSON by default and names the buyer by user when the order has no billing details', async () => {
    const tenant = svc.tenant();
    const { order, token, userId } = await buyPaidOrder(svc, tenant);
    const [invoice] = await orderDocuments(svc, token, order.id);
    const response = await svc.request({ method: 'GET', url: `/api/v1/documents/${invoice!.id}`, headers: bearer(token) });
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.json()).toMatchObject({ id: invoice!.id, seller: null, buyer: { userId }, locale: 'en-US' });
    expect(response.json().buyer).toEqual({ userId });
  });
});

describe('who sees documents', () => {
  it("shows owners their own documents only; another user's or another tenant's is 404", async () => {
    const tenant = svc.tenant();
    const { order, token } = await buyPaidOrder(svc, tenant);
    const [invoice] = await orderDocuments(svc, token, order.id);
    const stranger = await tenant.customer();
    expectProblem(await svc.request({ method: 'GET', url: `/api/v1/documents/${invoice!.id}`, headers: bearer(stranger.token) }), 404, 'NOT_FOUND');
    expectProblem(await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}/documents`, headers: bearer(stranger.token) }), 404, 'NOT_FOUND');
    const otherTenantAdmin = await svc.tenant().admin();
    expectProblem(await svc.request({ method: 'GET', url: `/api/v1/documents/${invoice!.id}`, headers: bearer(otherTenantAdmin) }), 404, 'NOT_FOUND');
    expectProblem(
      await svc.request({ method: 'GET', url: `/api/v1/documents/${invoice!.id}`, headers: { ...bearer(otherTenantAdmin), accept: 'application/pdf' } }),
      404,
      'NOT_FOUND',
    );
    const support = await tenant.support();
    expect((await svc.request({ method: 'GET', url: `/api/v1/documents/${invoice!.id}`, headers: bearer(support) })).statusCode).toBe(200);
  });

  it('lists the tenant’s documents for staff, filtered, paged and as CSV; customers may not list', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent({ currency: 'EUR' });
    const first = await buyPaidOrder(svc, tenant, { event, billing: BILLING });
    await buyPaidOrder(svc, tenant, { event });
    const credited = await refund(first.order.id, first.token, { reason: 'partly', amount: 500 });
    expect(credited.statusCode, credited.body).toBe(201);
    const staff = await tenant.support();
    expectProblem(await svc.request({ method: 'GET', url: '/api/v1/documents', headers: bearer(first.token) }), 403, 'FORBIDDEN');

    const pages: DocumentBody[][] = [];
    let cursor: string | null = null;
    do {
      const response = await svc.request({
        method: 'GET',
        url: `/api/v1/documents?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        headers: bearer(staff),
      });
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json<{ data: DocumentBody[]; nextCursor: string | null }>();
      pages.push(page.data);
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages.map((page) => page.length)).toEqual([2, 1]);
    expect(pages.flat().map((document) => document.number)).toEqual([`CN-${year}-000001`, `INV-${year}-000002`, `INV-${year}-000001`]);

    const invoices = await svc.request({ method: 'GET', url: '/api/v1/documents?type=invoice', headers: bearer(staff) });
    expect(invoices.json<{ data: DocumentBody[] }>().data.map((document) => document.number)).toEqual([`INV-${year}-000002`, `INV-${year}-000001`]);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const none = await svc.request({ method: 'GET', url: `/api/v1/documents?from=${encodeURIComponent(future)}`, headers: bearer(staff) });
    expect(none.json().data).toEqual([]);

    const csv = await svc.request({ method: 'GET', url: '/api/v1/documents?limit=1', headers: { ...bearer(staff), accept: 'text/csv' } });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const rows = csv.body.trimEnd().split('\r\n');
    expect(rows[0]).toBe('number,type,issuedAt,orderNumber,orderId,invoiceNumber,currency,net,tax,total,buyerName,buyerTaxId,buyerCountry');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toMatch(new RegExp(`^CN-${year}-000001,credit_note,.*,INV-${year}-000001,EUR,\\d+,\\d+,500,${BILLING.name},${BILLING.taxId},DE$`));
  });
});

describe('the OpenAPI document', () => {
  it('describes the document routes, their PDF and CSV answers, and billing on checkout', async () => {
    const response = await svc.request({ method: 'GET', url: '/docs/json' });
    expect(response.statusCode).toBe(200);
    type Operation = { responses: Record<string, { content?: Record<string, unknown> }>; requestBody?: { content: Record<string, { schema: { properties: Record<string, unknown> } }> } };
    const { paths } = response.json<{ paths: Record<string, Record<string, Operation>> }>();
    expect(Object.keys(paths['/api/v1/invoice-settings'] ?? {})).toEqual(expect.arrayContaining(['get', 'put']));
    expect(paths).toHaveProperty(['/api/v1/orders/{id}/documents', 'get']);
    expect(Object.keys(paths['/api/v1/documents/{id}']?.get?.responses['200']?.content ?? {})).toEqual(['application/json', 'application/pdf']);
    expect(Object.keys(paths['/api/v1/documents']?.get?.responses['200']?.content ?? {})).toEqual(['application/json', 'text/csv']);
    expect(paths['/api/v1/orders']?.post?.requestBody?.content['application/json']?.schema.properties).toHaveProperty('billing');
  });
});
