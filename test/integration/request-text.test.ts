/**
 * Text PostgreSQL cannot store (NUL, unpaired surrogates) and numbers JavaScript cannot hold exactly are
 * refused at validation with 400, on every write route — never a 500 that a sender would retry for ever.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { SELLER } from '../support/documents.js';
import { useTestService, type TestTenant } from '../support/harness.js';
import { bearer, cancelOrder, cartOf, checkout, expectProblem, placeOrder } from '../support/orders.js';
import { disputeWebhook, paidOrder, sendRawWebhook, storedWebhook } from '../support/disputes.js';

const svc = useTestService({ messaging: false });
let tenant: TestTenant;
beforeAll(async () => {
  tenant = svc.tenant();
});

const BAD_TEXTS = ['a\u0000b', '\ud800', 'x\udfffy', '\udc00\ud800'];

describe('NUL characters and unpaired surrogates', () => {
  it('refuses them in checkout metadata values and keys with 400 INVALID_CHARACTERS, and no order is written', async () => {
    const event = await tenant.createEvent();
    for (const metadata of [{ note: 'a\u0000b' }, { 'no\u0000te': 'x' }, { note: '\ud800' }]) {
      const customer = await tenant.customer();
      const response = await checkout(svc, customer.token, { ...cartOf(event), metadata });
      const problem = expectProblem(response, 400, 'INVALID_CHARACTERS');
      expect(problem.errors?.[0]?.field).toMatch(/^body\.metadata/);
      // Nothing of the bad text comes back, escaped or not.
      for (const echo of ['\\u0000', '\u0000', '\\ud800']) expect(response.body).not.toContain(echo);
      const mine = await svc.request({ method: 'GET', url: '/api/v1/orders', headers: bearer(customer.token) });
      expect(mine.json<{ data: unknown[] }>().data).toHaveLength(0);
    }
  });

  it('refuses them in a cancel reason, and the order stays RESERVED', async () => {
    const { order, token } = await placeOrder(svc, tenant);
    for (const reason of BAD_TEXTS) expectProblem(await cancelOrder(svc, token, order.id, reason), 400, 'INVALID_CHARACTERS');
    expect((await cancelOrder(svc, token, order.id, 'fine')).statusCode).toBe(200);
  });

  it('refuses them in a refund reason', async () => {
    const paid = await paidOrder(svc, tenant);
    const response = await svc.request({
      method: 'POST',
      url: `/api/v1/orders/${paid.id}/refunds`,
      headers: { ...bearer(paid.token), 'content-type': 'application/json' },
      payload: JSON.stringify({ reason: 'cannot \u0000 attend' }),
    });
    expectProblem(response, 400, 'INVALID_CHARACTERS');
  });

  it('refuses them in a signed webhook (data.reason, id) with 400 and stores nothing', async () => {
    for (const body of [disputeWebhook({ data: { reason: 'fraud\u0000' } }), disputeWebhook({ id: `evt_\u0000${randomUUID()}` }), disputeWebhook({ data: { reason: '\ud83d' } })]) {
      const answer = await sendRawWebhook(svc, JSON.stringify(body));
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('INVALID_CHARACTERS');
    }
    const clean = disputeWebhook();
    expect((await sendRawWebhook(svc, JSON.stringify(clean))).status).toBe(200);
    expect(await storedWebhook(svc, clean.id)).toBeDefined();
  });

  it('refuses them in query strings', async () => {
    const staff = await tenant.support();
    const response = await svc.request({ method: 'GET', url: `/api/v1/orders?userId=a%00b`, headers: bearer(staff) });
    expectProblem(response, 400, 'INVALID_CHARACTERS');
  });

  it('keeps well-formed text of every plane, astral characters included', async () => {
    const event = await tenant.createEvent();
    const customer = await tenant.customer();
    const response = await checkout(svc, customer.token, { ...cartOf(event), metadata: { 'ключ 🎟': 'значение 🎫 \u00e9\u0301 \uffff' } });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<{ id: string }>().id).toBeTruthy();
  });
});

describe('numbers that are not safe integers', () => {
  it('refuses an amount of 1e308 (and other unsafe integers) by the schema with 400, not later', async () => {
    const paid = await paidOrder(svc, tenant);
    for (const amount of ['1e308', '9007199254740993', '-1e20']) {
      const response = await svc.request({
        method: 'POST',
        url: `/api/v1/orders/${paid.id}/refunds`,
        headers: { ...bearer(paid.token), 'content-type': 'application/json' },
        payload: `{"reason":"too much","amount":${amount}}`,
      });
      const problem = expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(problem.errors?.[0]?.field).toBe('body.amount');
    }
  });

  it('refuses an unsafe integer in a signed webhook with 400', async () => {
    const body = JSON.stringify(disputeWebhook()).replace('"amount":5000', '"amount":1e308');
    const answer = await sendRawWebhook(svc, body);
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('VALIDATION_FAILED');
  });
});

/**
 * Every write route with a body that passes validation, and the paths of its string fields. The property
 * below puts an arbitrary string in one of them (or in a path parameter) and expects anything but a 5xx.
 */
interface WriteRoute {
  method: 'POST' | 'PUT' | 'DELETE';
  /** The route as the OpenAPI document names it. */
  template: string;
  url: (param: (name: string, fallback: string) => string) => string;
  auth: () => Promise<Record<string, string>>;
  body?: () => Record<string, unknown>;
  /** Path params of the url. */
  params?: string[];
}

describe('property: arbitrary strings in every string field of every write route', () => {
  it('never answer 5xx', { timeout: 180_000 }, async () => {
    const event = await tenant.createEvent();
    const paid = await paidOrder(svc, tenant);
    const reserved = await placeOrder(svc, tenant);
    const admin = async () => bearer(await tenant.admin());
    const internal = (caller: string) => async () => bearer(await svc.serviceToken(caller));
    const policyCreated = await svc.request({
      method: 'POST',
      url: '/api/v1/refund-policy',
      headers: await admin(),
      payload: { name: 'p', scope: 'event', eventId: event.id, rules: [{ minHoursBeforeEvent: 0, refundPercent: '100' }] },
    });
    expect(policyCreated.statusCode, policyCreated.body).toBe(201);
    const policyId = policyCreated.json<{ id: string }>().id;
    const promotion = () => ({ code: `P${randomUUID().slice(0, 8)}`, description: 'd', type: 'percent', value: '10', currency: null, eventIds: [event.id] });
    const promoCreated = await svc.request({ method: 'POST', url: '/api/v1/promotions', headers: await admin(), payload: { ...promotion(), code: 'HARDEN10' } });
    expect(promoCreated.statusCode, promoCreated.body).toBe(201);
    const promotionId = promoCreated.json<{ id: string }>().id;
    const rate = { category: 'tickets', rate: '5', effectiveFrom: '2026-01-01' };
    const jurisdiction = () => ({ code: 'ZZ', name: 'Zed', level: 'country', match: { country: 'ZZ', region: 'R', city: 'C', postalCodes: ['1'] }, rates: [rate] });
    expect((await svc.request({ method: 'POST', url: '/api/v1/tax/jurisdictions', headers: await admin(), payload: jurisdiction() })).statusCode).toBe(201);

    const routes: WriteRoute[] = [
      {
        method: 'POST',
        template: '/api/v1/orders',
        url: () => '/api/v1/orders',
        auth: async () => bearer((await tenant.customer()).token),
        body: () => ({ ...cartOf(event), currency: 'USD', metadata: { note: 'n' }, exemptionId: randomUUID(), promoCode: 'HARDEN10' }),
      },
      { method: 'POST', template: '/api/v1/promotions', url: () => '/api/v1/promotions', auth: admin, body: promotion },
      { method: 'PUT', template: '/api/v1/promotions/{id}', params: ['id'], url: (p) => `/api/v1/promotions/${p('id', promotionId)}`, auth: admin, body: () => ({ ...promotion(), code: 'HARDEN10' }) },
      { method: 'DELETE', template: '/api/v1/promotions/{id}', params: ['id'], url: (p) => `/api/v1/promotions/${p('id', randomUUID())}`, auth: admin },
      { method: 'POST', template: '/api/v1/orders/{id}/cancel', params: ['id'], url: (p) => `/api/v1/orders/${p('id', reserved.order.id)}/cancel`, auth: async () => bearer(reserved.token), body: () => ({ reason: 'r' }) },
      { method: 'POST', template: '/api/v1/orders/{id}/reserve', params: ['id'], url: (p) => `/api/v1/orders/${p('id', reserved.order.id)}/reserve`, auth: async () => bearer(reserved.token) },
      { method: 'POST', template: '/internal/v1/orders/{id}/confirm', params: ['id'], url: (p) => `/internal/v1/orders/${p('id', paid.id)}/confirm`, auth: internal('payment-service'), body: () => ({ paymentIntentId: paid.intentId }) },
      { method: 'POST', template: '/internal/v1/orders/{id}/expire', params: ['id'], url: (p) => `/internal/v1/orders/${p('id', paid.id)}/expire`, auth: internal('scheduler') },
      { method: 'POST', template: '/api/v1/tax/jurisdictions', url: () => '/api/v1/tax/jurisdictions', auth: admin, body: jurisdiction },
      {
        method: 'PUT',
        template: '/api/v1/tax/jurisdictions/{code}',
        params: ['code'],
        url: (p) => `/api/v1/tax/jurisdictions/${p('code', 'ZZ')}`,
        auth: admin,
        body: () => ({ name: 'Zed', level: 'country', parentCode: null, match: { country: 'ZZ', region: 'R', city: 'C', postalCodes: ['1'] } }),
      },
      { method: 'DELETE', template: '/api/v1/tax/jurisdictions/{code}', params: ['code'], url: (p) => `/api/v1/tax/jurisdictions/${p('code', 'NOPE')}`, auth: admin },
      { method: 'POST', template: '/api/v1/tax/jurisdictions/{code}/rates', params: ['code'], url: (p) => `/api/v1/tax/jurisdictions/${p('code', 'ZZ')}/rates`, auth: admin, body: () => ({ ...rate, effectiveTo: null }) },
      {
        method: 'POST',
        template: '/api/v1/tax/calculate',
        url: () => '/api/v1/tax/calculate',
        auth: admin,
        body: () => ({ location: { country: 'US', region: 'CA', city: 'LA', postalCode: '90012' }, currency: 'USD', priceMode: 'exclusive', lines: [{ id: 'a', category: 'tickets', amount: 100, quantity: 1 }] }),
      },
      { method: 'POST', template: '/api/v1/webhook-endpoints', url: () => '/api/v1/webhook-endpoints', auth: admin, body: () => ({ url: 'https://hooks.example.com/in', events: ['order.confirmed'], description: 'd' }) },
      {
        method: 'PUT',
        template: '/api/v1/webhook-endpoints/{id}',
        params: ['id'],
        url: (p) => `/api/v1/webhook-endpoints/${p('id', randomUUID())}`,
        auth: admin,
        body: () => ({ url: 'https://hooks.example.com/in', events: ['order.confirmed'], description: 'd' }),
      },
      { method: 'DELETE', template: '/api/v1/webhook-endpoints/{id}', params: ['id'], url: (p) => `/api/v1/webhook-endpoints/${p('id', randomUUID())}`, auth: admin },
      { method: 'POST', template: '/api/v1/webhook-endpoints/{id}/test', params: ['id'], url: (p) => `/api/v1/webhook-endpoints/${p('id', randomUUID())}/test`, auth: admin },
      {
        method: 'POST',
        template: '/api/v1/webhook-endpoints/{id}/deliveries/{deliveryId}/retry',
        params: ['id', 'deliveryId'],
        url: (p) => `/api/v1/webhook-endpoints/${p('id', randomUUID())}/deliveries/${p('deliveryId', randomUUID())}/retry`,
        auth: admin,
      },
      { method: 'POST', template: '/api/v1/privacy/users/{userId}/erase', params: ['userId'], url: (p) => `/api/v1/privacy/users/${p('userId', 'nobody')}/erase`, auth: admin },
      { method: 'PUT', template: '/api/v1/invoice-settings', url: () => '/api/v1/invoice-settings', auth: admin, body: () => ({ seller: SELLER }) },
      { method: 'PUT', template: '/api/v1/tax/settings', url: () => '/api/v1/tax/settings', auth: admin, body: () => ({ fallback: { mode: 'rate', rate: '1' }, priceMode: 'exclusive' }) },
      {
        method: 'POST',
        template: '/api/v1/tax/exemptions',
        url: () => '/api/v1/tax/exemptions',
        auth: admin,
        body: () => ({ userId: 'u', number: 'n', jurisdictions: ['ZZ'], validFrom: '2026-01-01', validTo: '2026-12-31' }),
      },
      { method: 'PUT', template: '/api/v1/disputes/settings', url: () => '/api/v1/disputes/settings', auth: admin, body: () => ({ voidTicketsOnLoss: false }) },
      {
        method: 'POST',
        template: '/api/v1/refund-policy',
        url: () => '/api/v1/refund-policy',
        auth: admin,
        body: () => ({ name: 'n', scope: 'ticketType', ticketTypeId: event.ticketTypes[1]!.id, rules: [{ minHoursBeforeEvent: 1, refundPercent: '50' }] }),
      },
      {
        method: 'PUT',
        template: '/api/v1/refund-policy/{id}',
        params: ['id'],
        url: (p) => `/api/v1/refund-policy/${p('id', policyId)}`,
        auth: admin,
        body: () => ({ name: 'n', scope: 'event', eventId: event.id, rules: [{ minHoursBeforeEvent: 1, refundPercent: '50' }] }),
      },
      { method: 'DELETE', template: '/api/v1/refund-policy/{id}', params: ['id'], url: (p) => `/api/v1/refund-policy/${p('id', randomUUID())}`, auth: admin },
      { method: 'POST', template: '/api/v1/orders/{id}/refunds', params: ['id'], url: (p) => `/api/v1/orders/${p('id', paid.id)}/refunds`, auth: async () => bearer(paid.token), body: () => ({ reason: 'r', amount: 1 }) },
      {
        method: 'POST',
        template: '/api/v1/orders/{id}/changes',
        params: ['id'],
        url: (p) => `/api/v1/orders/${p('id', paid.id)}/changes`,
        auth: async () => bearer(paid.token),
        body: () => ({ reason: 'r', remove: [{ orderItemId: randomUUID(), quantity: 1 }], add: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 1 }] }),
      },
      {
        method: 'POST',
        template: '/api/v1/orders/{id}/changes/quote',
        params: ['id'],
        url: (p) => `/api/v1/orders/${p('id', paid.id)}/changes/quote`,
        auth: async () => bearer(paid.token),
        body: () => ({ reason: 'r', remove: [{ orderItemId: randomUUID(), quantity: 1 }] }),
      },
      { method: 'PUT', template: '/api/v1/change-settings', url: () => '/api/v1/change-settings', auth: admin, body: () => ({ changeFee: 0 }) },
      {
        method: 'POST',
        template: '/api/v1/orders/{id}/refunds/{refundId}/approve',
        params: ['id', 'refundId'],
        url: (p) => `/api/v1/orders/${p('id', paid.id)}/refunds/${p('refundId', randomUUID())}/approve`,
        auth: admin,
        body: () => ({ note: 'n' }),
      },
      {
        method: 'POST',
        template: '/api/v1/orders/{id}/refunds/{refundId}/reject',
        params: ['id', 'refundId'],
        url: (p) => `/api/v1/orders/${p('id', paid.id)}/refunds/${p('refundId', randomUUID())}/reject`,
        auth: admin,
        body: () => ({ reason: 'r' }),
      },
      {
        method: 'POST',
        template: '/internal/v1/events/{eventId}/cancel-orders',
        params: ['eventId'],
        url: (p) => `/internal/v1/events/${p('eventId', randomUUID())}/cancel-orders`,
        auth: internal('event-service'),
        body: () => ({ reason: 'r', tenantId: tenant.id }),
      },
      { method: 'POST', template: '/webhooks/payment', url: () => '/webhooks/payment', auth: async () => ({}), body: () => ({ ...disputeWebhook({ data: { paymentIntentId: paid.intentId } }) }) },
    ];

    // The table covers every write route the service has.
    const documented = Object.entries((svc.app.swagger() as { paths: Record<string, Record<string, unknown>> }).paths).flatMap(([path, methods]) =>
      Object.keys(methods)
        .filter((method) => ['post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(routes.map((route) => `${route.method} ${route.template}`).sort()).toEqual(documented.sort());

    // Each target: a route and where the string goes (a body path, a key of an object, or a path parameter).
    type Target = { route: WriteRoute; kind: 'value' | 'key' | 'param'; path: (string | number)[] };
    const targets: Target[] = [];
    const collect = (route: WriteRoute, value: unknown, path: (string | number)[]): void => {
      if (typeof value === 'string') targets.push({ route, kind: 'value', path });
      else if (Array.isArray(value)) value.forEach((item, index) => collect(route, item, [...path, index]));
      else if (value !== null && typeof value === 'object') {
        if (path.length > 0) targets.push({ route, kind: 'key', path });
        for (const [key, item] of Object.entries(value)) collect(route, item, [...path, key]);
      }
    };
    for (const route of routes) {
      if (route.body) collect(route, route.body(), []);
      for (const param of route.params ?? []) targets.push({ route, kind: 'param', path: [param] });
    }

    const codeUnit = fc.oneof(
      { weight: 1, arbitrary: fc.constantFrom('\u0000', '\ud800', '\udbff', '\udc00', '\udfff') },
      { weight: 4, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)) },
      { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    );
    const text = fc.string({ unit: codeUnit, maxLength: 40 });
    const percentEncoded = (value: string) => [...Buffer.from(value, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');

    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), text, async (target, value) => {
        const body = target.route.body?.();
        const setAt = (node: Record<string | number, unknown>, path: (string | number)[]) => {
          const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((at, key) => at[key] as Record<string | number, unknown>, node);
          const last = path[path.length - 1]!;
          if (target.kind === 'value') parent[last] = value;
          else parent[last] = { ...(parent[last] as object), [value]: 'v' };
        };
        if (body && target.kind !== 'param') setAt(body, target.path);
        const url = target.route.url((name, fallback) => (target.kind === 'param' && target.path[0] === name ? percentEncoded(value) : fallback));
        const payload = body === undefined ? undefined : JSON.stringify(body);
        const headers: Record<string, string> = { ...(await target.route.auth()), ...(payload !== undefined ? { 'content-type': 'application/json' } : {}) };
        if (target.route.template === '/webhooks/payment' && payload !== undefined) {
          const { paymentSignature } = await import('../../sandbox/payment-app.js');
          headers['payment-signature'] = paymentSignature(svc.config.paymentWebhookSecret, payload, Math.floor(Date.now() / 1000));
        }
        const response = await svc.request({ method: target.route.method, url, headers, ...(payload !== undefined ? { payload } : {}) });
        expect(response.statusCode, `${target.route.method} ${target.route.template} ${target.kind} ${target.path.join('.')}: ${response.body}`).toBeLessThan(500);
      }),
      { numRuns: 400 },
    );
  });
});
