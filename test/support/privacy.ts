/** Fixtures of the personal data tests: the export and the erasure over HTTP. */
import { expect } from 'vitest';
import type { TestService } from './harness.js';
import { bearer } from './orders.js';

export interface PersonalDataBody {
  userId: string;
  orders: (Record<string, unknown> & { id: string; billing: Record<string, unknown> | null; metadata: Record<string, unknown>; total: number; timeline: { type: string; actor: { ip: string | null }; reason: string | null; data: Record<string, unknown> }[]; items: { total: number }[] })[];
  refunds: Record<string, unknown>[];
  disputes: Record<string, unknown>[];
  documents: (Record<string, unknown> & { number: string; buyer: Record<string, unknown> })[];
  taxExemptions: Record<string, unknown>[];
  promotionRedemptions: Record<string, unknown>[];
  erasure: { pseudonym: string } | null;
}

export interface ErasureBody {
  userId: string;
  pseudonym: string;
  repeated: boolean;
  pseudonymised: { orders: number; timelineEntries: number; refundReasons: number };
  deleted: { storedResponses: number };
  retained: { what: string; why: string; until?: string; ids?: string[] }[];
}

export async function personalDataOf(svc: TestService, adminToken: string, userId: string): Promise<PersonalDataBody> {
  const response = await svc.request({ method: 'GET', url: `/api/v1/privacy/users/${encodeURIComponent(userId)}/export`, headers: bearer(adminToken) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<PersonalDataBody>();
}

export async function erase(svc: TestService, adminToken: string, userId: string): Promise<ErasureBody> {
  const response = await svc.request({ method: 'POST', url: `/api/v1/privacy/users/${encodeURIComponent(userId)}/erase`, headers: bearer(adminToken) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ErasureBody>();
}
