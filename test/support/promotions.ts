/** Fixtures of the promotions tests: creating promo codes over HTTP and reading them back. */
import { expect } from 'vitest';
import type { PromotionResponse } from '../../src/modules/promotions/routes.js';
import type { TestService } from './harness.js';
import { bearer } from './order-factories.js';

export type PromotionBody = PromotionResponse;

let sequence = 0;

/** A code no other test uses. */
export function uniqueCode(prefix = 'PROMO'): string {
  sequence += 1;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${sequence}`;
}

/** Creates a promotion as an admin of the tenant (a 15 % code for everything unless `body` says otherwise). */
export async function createPromotion(svc: TestService, adminToken: string, body: Record<string, unknown> = {}): Promise<PromotionBody> {
  const response = await svc.request({
    method: 'POST',
    url: '/api/v1/promotions',
    headers: bearer(adminToken),
    payload: { code: uniqueCode(), type: 'percent', value: '15', ...body },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<PromotionBody>();
}

export async function getPromotion(svc: TestService, token: string, id: string): Promise<PromotionBody> {
  const response = await svc.request({ method: 'GET', url: `/api/v1/promotions/${id}`, headers: bearer(token) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<PromotionBody>();
}
