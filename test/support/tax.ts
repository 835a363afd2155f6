/** Small factories shared by the tax HTTP tests (tax-*.test.ts): requests, the Los Angeles stack, days. */
import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { TestService } from './harness.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export function call(
  svc: TestService,
  token: string,
  method: Method,
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return svc.request({
    method,
    url,
    headers: { authorization: `Bearer ${token}`, ...headers },
    ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
  });
}

/** Asserts a problem+json answer with the given status and code; answers the document. */
export function expectProblem(response: LightMyRequestResponse, status: number, code: string): Record<string, unknown> {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toContain('application/problem+json');
  const problem = response.json() as Record<string, unknown>;
  expect(problem.code).toBe(code);
  return problem;
}

/** A calendar day n days from today (UTC), YYYY-MM-DD. */
export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export const SINCE_2020 = '2020-01-01';

/**
 * The stack of the harness's default venue (Los Angeles, CA 90012): state 6 % on tickets and both fees,
 * county 0.25 % and city 2.25 % on tickets only.
 */
export const losAngelesStack = [
  {
    code: 'US-CA',
    name: 'California',
    level: 'region',
    match: { country: 'US', region: 'CA' },
    rates: [
      { category: 'tickets', rate: '6', effectiveFrom: SINCE_2020 },
      { category: 'platform_fee', rate: '6', effectiveFrom: SINCE_2020 },
      { category: 'processing_fee', rate: '6', effectiveFrom: SINCE_2020 },
    ],
  },
  {
    code: 'US-CA-LOS_ANGELES',
    name: 'Los Angeles County',
    level: 'county',
    parentCode: 'US-CA',
    match: { country: 'US', region: 'CA', postalCodes: ['900', '901'] },
    rates: [{ category: 'tickets', rate: '0.25', effectiveFrom: SINCE_2020 }],
  },
  {
    code: 'US-CA-LOS_ANGELES-CITY',
    name: 'City of Los Angeles',
    level: 'city',
    parentCode: 'US-CA-LOS_ANGELES',
    match: { country: 'US', city: 'Los Angeles' },
    rates: [{ category: 'tickets', rate: '2.25', effectiveFrom: SINCE_2020 }],
  },
] as const;

export async function createLosAngelesStack(svc: TestService, adminToken: string): Promise<void> {
  for (const jurisdiction of losAngelesStack) {
    const response = await call(svc, adminToken, 'POST', '/api/v1/tax/jurisdictions', jurisdiction);
    expect(response.statusCode, response.body).toBe(201);
  }
}

/** The venue of the harness's default event, as a calculation location. */
export const losAngelesVenue = { country: 'US', region: 'CA', city: 'Los Angeles', postalCode: '90012' };
