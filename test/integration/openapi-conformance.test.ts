/**
 * The OpenAPI document is a contract: real answers of the service are validated against the response schemas,
 * content types and headers the document declares for them (the document as served at /docs/json).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestService } from '../support/harness.js';
import { bearer, placeOrder } from '../support/orders.js';
import { buyConfirmedOrder } from '../support/refunds.js';

const svc = useTestService();

interface DocumentedResponse {
  content?: Record<string, { schema: object }>;
  headers?: Record<string, unknown>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, { responses: Record<string, DocumentedResponse> }>>;
}

let document: OpenApiDocument;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);

beforeAll(async () => {
  document = (await svc.request({ method: 'GET', url: '/docs/json' })).json<OpenApiDocument>();
});

/** Asserts that `response` is one the document declares for `method path` and matches its schema. */
function expectConforms(method: string, path: string, response: LightMyRequestResponse): void {
  const operation = document.paths[path]?.[method.toLowerCase()];
  expect(operation, `${method} ${path} is documented`).toBeDefined();
  const documented = operation!.responses[String(response.statusCode)];
  expect(documented, `${method} ${path} documents ${response.statusCode}`).toBeDefined();
  const mediaType = String(response.headers['content-type']).split(';')[0]!.trim();
  const content = documented!.content?.[mediaType];
  expect(content, `${method} ${path} ${response.statusCode} documents ${mediaType} (has ${Object.keys(documented!.content ?? {}).join(', ')})`).toBeDefined();
  const validate = ajv.compile(content!.schema);
  expect(validate(response.json()), JSON.stringify(validate.errors)).toBe(true);
  // Every header sent that the document knows of must be declared for this answer.
  expect(Object.keys(documented!.headers ?? {})).toContain('x-request-id');
  for (const header of ['x-request-id', 'retry-after', 'idempotent-replayed']) {
    if (response.headers[header] !== undefined) expect(Object.keys(documented!.headers ?? {}), `${header} is documented`).toContain(header);
  }
}

describe('answers conform to the OpenAPI document', () => {
  it('a checkout (201), its replay and reading the order (200)', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent();
    const customer = await tenant.customer();
    const created = await svc.request({
      method: 'POST',
      url: '/api/v1/orders',
      headers: { ...bearer(customer.token), 'idempotency-key': `conformance-${tenant.id}` },
      payload: { eventId: event.id, items: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 2 }] },
    });
    expect(created.statusCode, created.body).toBe(201);
    expectConforms('POST', '/api/v1/orders', created);
    const replayed = await svc.request({
      method: 'POST',
      url: '/api/v1/orders',
      headers: { ...bearer(customer.token), 'idempotency-key': `conformance-${tenant.id}` },
      payload: { eventId: event.id, items: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 2 }] },
    });
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    expectConforms('POST', '/api/v1/orders', replayed);

    const read = await svc.request({ method: 'GET', url: `/api/v1/orders/${created.json<{ id: string }>().id}`, headers: bearer(customer.token) });
    expect(read.statusCode).toBe(200);
    expectConforms('GET', '/api/v1/orders/{id}', read);
  });

  it('a 400 problem for a checkout that does not match the schema', async () => {
    const { token } = await svc.tenant().customer();
    const response = await svc.request({ method: 'POST', url: '/api/v1/orders', headers: bearer(token), payload: { items: 'none' } });
    expect(response.statusCode).toBe(400);
    expectConforms('POST', '/api/v1/orders', response);
  });

  it('a 404 problem for an order that does not exist', async () => {
    const { order, token } = await placeOrder(svc, svc.tenant());
    const response = await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id.replace(/.{4}$/, '0000')}`, headers: bearer(token) });
    expect(response.statusCode).toBe(404);
    expectConforms('GET', '/api/v1/orders/{id}', response);
  });

  it('the list of an order’s refunds (200) after a refund request (201)', async () => {
    const order = await buyConfirmedOrder(svc, svc.tenant());
    const requested = await svc.request({ method: 'POST', url: `/api/v1/orders/${order.id}/refunds`, headers: bearer(order.token), payload: { reason: 'cannot come' } });
    expect(requested.statusCode, requested.body).toBe(201);
    expectConforms('POST', '/api/v1/orders/{id}/refunds', requested);

    const listed = await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}/refunds`, headers: bearer(order.token) });
    expect(listed.statusCode).toBe(200);
    expect(listed.json<{ data: unknown[] }>().data).toHaveLength(1);
    expectConforms('GET', '/api/v1/orders/{id}/refunds', listed);
  });

  it('a 401 problem without a token, with the request id the document promises', async () => {
    const response = await svc.request({ method: 'GET', url: '/api/v1/orders' });
    expect(response.statusCode).toBe(401);
    expectConforms('GET', '/api/v1/orders', response);
  });
});
