/**
 * Request validation at the edge (SPEC §3 errors, §11 body limit): every malformed request is a 4xx
 * application/problem+json with a stable code — for 400 an `errors` array naming the field — and never a 500.
 */
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestService, type TestTenant } from '../support/harness.js';
import { bearer, expectProblem, placeOrder, type ProblemBody } from '../support/orders.js';

const svc = useTestService();
let tenant: TestTenant;
let eventId: string;
let ticketTypeId: string;
beforeAll(async () => {
  tenant = svc.tenant();
  const event = await tenant.createEvent();
  eventId = event.id;
  ticketTypeId = event.ticketTypes[0]!.id;
});

/** A fresh customer per request: create-order is rate limited per user, and these tests send many. */
async function freshToken(): Promise<string> {
  return (await tenant.customer()).token;
}

async function postOrder(payload: string | object, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  return svc.request({
    method: 'POST',
    url: '/api/v1/orders',
    headers: { ...bearer(await freshToken()), ...(typeof payload === 'string' ? { 'content-type': 'application/json' } : {}), ...headers },
    payload,
  });
}

function expectFieldError(response: LightMyRequestResponse, field: string): ProblemBody {
  const problem = expectProblem(response, 400, 'VALIDATION_FAILED');
  expect(problem.errors, response.body).toEqual(expect.arrayContaining([{ field, message: expect.any(String) }]));
  return problem;
}

describe('the request body of a checkout', () => {
  it('answers 400 for malformed JSON', async () => {
    expectFieldError(await postOrder('{"eventId": "'), 'body');
  });

  it('answers 400 for an empty JSON body', async () => {
    expectFieldError(await postOrder(''), 'body');
  });

  it('answers 400 for JSON that is not an object', async () => {
    const problem = expectProblem(await postOrder('[1, 2, 3]'), 400, 'VALIDATION_FAILED');
    expect(problem.errors!.length).toBeGreaterThan(0);
  });

  it.each(['application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
    'answers 415 UNSUPPORTED_MEDIA_TYPE for a %s body',
    async (contentType) => {
      const response = await postOrder('<order/>', { 'content-type': contentType });
      expectProblem(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
    },
  );

  // BUG (reported): Fastify's built-in text/plain parser is still registered (src/app.ts), so a text/plain body
  // reaches schema validation and answers 400 "body must be object" instead of 415. Remove `.fails` once fixed.
  it('answers 415 UNSUPPORTED_MEDIA_TYPE for a text/plain body, even one that holds JSON', async () => {
    const response = await postOrder(JSON.stringify({ eventId, items: [{ ticketTypeId, quantity: 1 }] }), { 'content-type': 'text/plain' });
    expectProblem(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers 413 PAYLOAD_TOO_LARGE for a body over 100 KB', async () => {
    const payload = JSON.stringify({ eventId, items: [{ ticketTypeId, quantity: 1 }], metadata: { note: 'x'.repeat(101 * 1024) } });
    expectProblem(await postOrder(payload), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('answers 400 without eventId or items', async () => {
    const problem = expectProblem(await postOrder({}), 400, 'VALIDATION_FAILED');
    expect(problem.errors!.map((error) => error.field)).toEqual(expect.arrayContaining(['body.eventId', 'body.items']));
  });

  it('answers 400 for an eventId that is not a UUID', async () => {
    expectFieldError(await postOrder({ eventId: 'concert-1', items: [{ ticketTypeId, quantity: 1 }] }), 'body.eventId');
  });

  it('answers 400 for empty items', async () => {
    expectFieldError(await postOrder({ eventId, items: [] }), 'body.items');
  });

  it('answers 400 for more than 50 items', async () => {
    const items = Array.from({ length: 51 }, () => ({ ticketTypeId, quantity: 1 }));
    expectFieldError(await postOrder({ eventId, items }), 'body.items');
  });

  it.each([0, 11, -1, 1.5])('answers 400 for quantity %s', async (quantity) => {
    expectFieldError(await postOrder({ eventId, items: [{ ticketTypeId, quantity }] }), 'body.items.0.quantity');
  });

  it('answers 400 for a ticketTypeId that is not a UUID', async () => {
    expectFieldError(await postOrder({ eventId, items: [{ ticketTypeId: 'general', quantity: 1 }] }), 'body.items.0.ticketTypeId');
  });

  it('answers 400 naming each unknown field, at the top and inside items', async () => {
    const response = await postOrder({ eventId, userId: 'someone-else', items: [{ ticketTypeId, quantity: 1, unitPrice: 1 }] });
    const problem = expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(problem.errors!.map((error) => error.field)).toEqual(expect.arrayContaining(['body.userId', 'body.items.0.unitPrice']));
  });

  it('answers 400 for an unsupported currency', async () => {
    expectFieldError(await postOrder({ eventId, items: [{ ticketTypeId, quantity: 1 }], currency: 'JPY' }), 'body.currency');
  });

  // BUG (reported): Ajv runs with coerceTypes: 'array' for every part (src/app.ts), JSON bodies included, so
  // quantity "2" or true and metadata numbers are silently converted and the checkout succeeds. Type coercion
  // belongs to querystring/params only. Remove `.fails` once fixed.
  it.each<[string, { quantity?: unknown; metadata?: unknown }, string]>([
    ['quantity true', { quantity: true }, 'body.items.0.quantity'],
    ['quantity "2"', { quantity: '2' }, 'body.items.0.quantity'],
    ['a metadata number', { metadata: { n: 1 } }, 'body.metadata.n'],
  ])('answers 400 for %s instead of coercing the JSON type', async (_label, change, field) => {
    const item = { ticketTypeId, quantity: change.quantity ?? 1 };
    const response = await postOrder({ eventId, items: [item], ...(change.metadata === undefined ? {} : { metadata: change.metadata }) });
    expectFieldError(response, field);
  });

  it('answers 400 for an Idempotency-Key longer than 255 characters', async () => {
    const response = await postOrder({ eventId, items: [{ ticketTypeId, quantity: 1 }] }, { 'idempotency-key': 'k'.repeat(256) });
    const problem = expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(problem.errors!.map((error) => error.field).join(' ')).toMatch(/idempotency-key/);
  });

  it('never answers 5xx, whatever JSON is posted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const response = await postOrder(JSON.stringify(value));
        expect(response.statusCode).toBeGreaterThanOrEqual(400);
        expect(response.statusCode).toBeLessThan(500);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      }),
      { numRuns: 40 },
    );
  });

  it('never answers 5xx to checkouts shaped right but with arbitrary items', async () => {
    const event = await tenant.createEvent({ ticketTypes: [{ name: 'A', price: 2500, capacity: 30 }] });
    const known = event.ticketTypes[0]!.id;
    const item = fc.record({
      ticketTypeId: fc.oneof(fc.constant(known), fc.uuid()),
      quantity: fc.integer({ min: -2, max: 25 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(item, { minLength: 0, maxLength: 4 }), async (items) => {
        const response = await postOrder({ eventId: event.id, items });
        expect([201, 400, 409, 422], response.body).toContain(response.statusCode);
      }),
      { numRuns: 30 },
    );
  });
});

describe('paths and query strings', () => {
  it.each([
    ['GET', '/api/v1/orders/not-a-uuid'],
    ['GET', '/api/v1/orders/not-a-uuid/events'],
    ['POST', '/api/v1/orders/not-a-uuid/cancel'],
    ['POST', '/api/v1/orders/not-a-uuid/reserve'],
  ] as const)('answers 400 naming params.id for %s %s', async (method, url) => {
    const response = await svc.request({
      method,
      url,
      headers: bearer(await freshToken()),
      ...(url.endsWith('/cancel') ? { payload: { reason: 'x' } } : {}),
    });
    expectFieldError(response, 'params.id');
  });

  it.each(['limit=0', 'limit=101', 'limit=ten', 'status=LOST', 'eventId=42', 'createdFrom=yesterday', 'sort=asc'])(
    'answers 400 for the list query %s',
    async (query) => {
      const response = await svc.request({ method: 'GET', url: `/api/v1/orders?${query}`, headers: bearer(await freshToken()) });
      const problem = expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(problem.errors!.some((error) => error.field.startsWith('querystring'))).toBe(true);
    },
  );

  it('accepts limit=1 and limit=100', async () => {
    const token = await freshToken();
    for (const limit of [1, 100]) {
      const response = await svc.request({ method: 'GET', url: `/api/v1/orders?limit=${limit}`, headers: bearer(token) });
      expect(response.statusCode).toBe(200);
    }
  });

  it('answers 404 problem+json for a route that does not exist', async () => {
    const response = await svc.request({ method: 'GET', url: '/api/v1/nothing-here', headers: bearer(await freshToken()) });
    expectProblem(response, 404, 'NOT_FOUND');
  });

  it('answers the request id it was given, or a new one', async () => {
    const { order, token } = await placeOrder(svc, tenant, { event: await tenant.createEvent() });
    const given = await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: { ...bearer(token), 'x-request-id': 'trace-123' } });
    expect(given.headers['x-request-id']).toBe('trace-123');
    const generated = await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: bearer(token) });
    expect(generated.headers['x-request-id']).toEqual(expect.any(String));
  });

  it('keeps internals out of problem documents', async () => {
    const response = await postOrder('{"eventId": ');
    expect(response.body).not.toMatch(/at .*\.ts|stack|SELECT|node_modules/i);
  });
});
