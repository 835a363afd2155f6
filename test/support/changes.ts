/** Helpers of the order change tests (SPEC §13): making changes over HTTP, paying them, reading them back. */
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { ChangeResponse } from '../../src/modules/changes/schemas.js';
import type { TestService } from './harness.js';
import { bearer } from './refunds.js';
import { payIntent, type OrderBody } from './orders.js';

export type ChangeBody = ChangeResponse;

export interface ChangeLines {
  reason?: string;
  add?: { ticketTypeId: string; quantity: number }[];
  remove?: { orderItemId: string; quantity: number }[];
}

export const changesUrl = (orderId: string) => `/api/v1/orders/${orderId}/changes`;

export function requestChange(svc: TestService, token: string, orderId: string, body: ChangeLines | Record<string, unknown>, key?: string): Promise<LightMyRequestResponse> {
  return svc.request({
    method: 'POST',
    url: changesUrl(orderId),
    headers: { ...bearer(token), ...(key ? { 'idempotency-key': key } : {}) },
    payload: body,
  });
}

export function quoteChange(svc: TestService, token: string, orderId: string, body: ChangeLines | Record<string, unknown>): Promise<LightMyRequestResponse> {
  return svc.request({ method: 'POST', url: `${changesUrl(orderId)}/quote`, headers: bearer(token), payload: body });
}

/** Makes a change and expects 201. */
export async function makeChange(svc: TestService, token: string, orderId: string, body: ChangeLines, key?: string): Promise<ChangeBody> {
  const response = await requestChange(svc, token, orderId, body, key);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<ChangeBody>();
}

export async function listChanges(svc: TestService, token: string, orderId: string): Promise<ChangeBody[]> {
  const response = await svc.request({ method: 'GET', url: changesUrl(orderId), headers: bearer(token) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ data: ChangeBody[] }>().data;
}

export async function orderOf(svc: TestService, token: string, orderId: string): Promise<OrderBody> {
  const response = await svc.request({ method: 'GET', url: `/api/v1/orders/${orderId}`, headers: bearer(token) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<OrderBody>();
}

/** Pays a change's payment intent at the Payment sandbox (which tells the order service) and answers the change after. */
export async function payChange(svc: TestService, token: string, orderId: string, change: ChangeBody): Promise<ChangeBody> {
  const intentId = change.payment?.intentId;
  if (!intentId) throw new Error('the change has no payment intent');
  expect((await payIntent(svc, intentId)).status).toBe(200);
  const response = await svc.request({ method: 'GET', url: `${changesUrl(orderId)}/${change.id}`, headers: bearer(token) });
  return response.json<ChangeBody>();
}

/** Sets the tenant's change fee (admin). */
export async function setChangeFee(svc: TestService, adminToken: string, changeFee: number): Promise<void> {
  const response = await svc.request({ method: 'PUT', url: '/api/v1/change-settings', headers: bearer(adminToken), payload: { changeFee } });
  expect(response.statusCode, response.body).toBe(200);
}

/**
 * The money identity of SPEC §13: the order's totals are the sum of its live items (what they were paid less
 * what removals credited) plus the change fees it kept.
 */
export function expectTotalsOfLiveItems(order: OrderBody, credited: number): void {
  const paidForItems = order.items.reduce((total, item) => total + item.total, 0);
  expect(order.pricing.total).toBe(paidForItems - credited + order.changeFee);
}
