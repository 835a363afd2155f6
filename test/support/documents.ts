/** Fixtures of the documents tests: invoice settings, paid orders with billing details, documents and their PDF text. */
import { expect } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import type { SandboxEvent } from '../../src/peers/contract.js';
import type { DocumentResponse } from '../../src/modules/documents/schemas.js';
import type { OrderResponse } from '../../src/modules/orders/schemas.js';
import type { TestService, TestTenant } from './harness.js';

export type DocumentBody = DocumentResponse;

export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

export const SELLER = {
  legalName: 'Konzerthaus Events GmbH',
  address: { line1: 'Musterstraße 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
  taxId: 'DE123456789',
  email: 'billing@konzerthaus.example',
};

export const BILLING = {
  name: 'Erika Mustermann',
  email: 'erika@example.com',
  address: { line1: 'Hauptstraße 5', line2: '2. OG', city: 'München', postalCode: '80331', country: 'DE' },
  taxId: 'DE987654321',
};

export async function putInvoiceSettings(svc: TestService, tenant: TestTenant, settings: Record<string, unknown> = {}): Promise<void> {
  const response = await svc.request({
    method: 'PUT',
    url: '/api/v1/invoice-settings',
    headers: bearer(await tenant.admin()),
    payload: { seller: SELLER, ...settings },
  });
  expect(response.statusCode, response.body).toBe(200);
}

export interface PaidOrder {
  order: OrderResponse;
  userId: string;
  token: string;
  event: SandboxEvent;
}

/** A new customer checks out (with `billing` when given) and pays through the sandbox; the order is CONFIRMED. */
export async function buyPaidOrder(
  svc: TestService,
  tenant: TestTenant,
  options: { event?: SandboxEvent; billing?: unknown; items?: { type: number; quantity: number }[] } = {},
): Promise<PaidOrder> {
  const event = options.event ?? (await tenant.createEvent({ currency: 'EUR' }));
  const { userId, token } = await tenant.customer();
  const items = (options.items ?? [{ type: 0, quantity: 2 }]).map((item) => ({ ticketTypeId: event.ticketTypes[item.type]!.id, quantity: item.quantity }));
  const created = await svc.request({
    method: 'POST',
    url: '/api/v1/orders',
    headers: bearer(token),
    payload: { eventId: event.id, items, ...(options.billing ? { billing: options.billing } : {}) },
  });
  expect(created.statusCode, created.body).toBe(201);
  const reserved = created.json<OrderResponse>();
  const paid = await fetch(`${svc.infra.sandbox!.urls.payment}/sandbox/payment-intents/${reserved.payment.intentId}/succeed`, { method: 'POST' });
  expect(paid.status).toBe(200);
  const confirmed = await svc.request({ method: 'GET', url: `/api/v1/orders/${reserved.id}`, headers: bearer(token) });
  const order = confirmed.json<OrderResponse>();
  expect(order.status).toBe('CONFIRMED');
  return { order, userId, token, event };
}

export async function orderDocuments(svc: TestService, token: string, orderId: string): Promise<DocumentBody[]> {
  const response = await svc.request({ method: 'GET', url: `/api/v1/orders/${orderId}/documents`, headers: bearer(token) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ data: DocumentBody[] }>().data;
}

/** The text of a PDF, pages merged, as a PDF text extractor reads it. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: true });
  return text;
}

/** Σ invoices − Σ credit notes of an order's documents. */
export function keptByDocuments(documents: readonly DocumentBody[]): number {
  return documents.reduce((kept, document) => kept + (document.type === 'invoice' ? document.totals.total : -document.totals.total), 0);
}
