import { describe, expect, it } from 'vitest';
import { useTestService } from '../support/harness.js';
import { bearer, buyConfirmedOrder, createPolicy } from '../support/refunds.js';

const svc = useTestService();

const base = '/api/v1/refund-policy';
const standard = {
  name: 'Standard',
  rules: [
    { minHoursBeforeEvent: 48, refundPercent: '50' },
    { minHoursBeforeEvent: 168, refundPercent: '100.000' },
  ],
};

describe('refund policy management', () => {
  it('creates, reads, edits into versions under the same id, lists and deactivates', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();

    const created = await svc.request({ method: 'POST', url: base, headers: bearer(admin), payload: standard });
    expect(created.statusCode).toBe(201);
    const policy = created.json();
    expect(policy).toMatchObject({
      version: 1,
      active: true,
      name: 'Standard',
      scope: 'tenant',
      eventId: null,
      ticketTypeId: null,
      rules: [
        { minHoursBeforeEvent: 168, refundPercent: '100' },
        { minHoursBeforeEvent: 48, refundPercent: '50' },
      ],
      cutoffHours: 24,
      refundPlatformFee: false,
      refundProcessingFee: false,
      allowPartial: true,
      autoApproveBelow: 50000,
    });

    const edited = await svc.request({
      method: 'PUT',
      url: `${base}/${policy.id}`,
      headers: bearer(admin),
      payload: { ...standard, name: 'Generous', refundPlatformFee: true, cutoffHours: 12 },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ id: policy.id, version: 2, name: 'Generous', refundPlatformFee: true, cutoffHours: 12 });

    const current = await svc.request({ method: 'GET', url: `${base}/${policy.id}`, headers: bearer(admin) });
    expect(current.json()).toMatchObject({ version: 2, name: 'Generous' });
    const first = await svc.request({ method: 'GET', url: `${base}/${policy.id}?version=1`, headers: bearer(admin) });
    expect(first.json()).toMatchObject({ version: 1, name: 'Standard', refundPlatformFee: false, cutoffHours: 24 });
    const versions = await svc.request({ method: 'GET', url: `${base}/${policy.id}/versions`, headers: bearer(admin) });
    expect(versions.json().data.map((version: { version: number }) => version.version)).toEqual([1, 2]);

    const listed = await svc.request({ method: 'GET', url: base, headers: bearer(admin) });
    expect(listed.json()).toMatchObject({ data: [{ id: policy.id, version: 2 }], nextCursor: null });

    const deleted = await svc.request({ method: 'DELETE', url: `${base}/${policy.id}`, headers: bearer(admin) });
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json()).toMatchObject({ id: policy.id, active: false, version: 2 });
    const again = await svc.request({ method: 'DELETE', url: `${base}/${policy.id}`, headers: bearer(admin) });
    expect(again.statusCode).toBe(200);
    const editDeleted = await svc.request({ method: 'PUT', url: `${base}/${policy.id}`, headers: bearer(admin), payload: standard });
    expect(editDeleted.statusCode).toBe(409);
    expect(editDeleted.json().code).toBe('INVALID_STATE');
    const activeOnly = await svc.request({ method: 'GET', url: `${base}?active=true`, headers: bearer(admin) });
    expect(activeOnly.json().data).toEqual([]);
  });

  it('paginates the list with a cursor', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    const event = await tenant.createEvent();
    await createPolicy(svc, admin, { scope: 'tenant' });
    await createPolicy(svc, admin, { scope: 'event', eventId: event.id });
    await createPolicy(svc, admin, { scope: 'ticketType', ticketTypeId: event.ticketTypes[0]!.id });
    const page1 = (await svc.request({ method: 'GET', url: `${base}?limit=2`, headers: bearer(admin) })).json();
    expect(page1.data).toHaveLength(2);
    const page2 = (await svc.request({ method: 'GET', url: `${base}?limit=2&cursor=${page1.nextCursor}`, headers: bearer(admin) })).json();
    expect(page2.data).toHaveLength(1);
    expect(page2.nextCursor).toBeNull();
    expect(new Set([...page1.data, ...page2.data].map((policy: { scope: string }) => policy.scope))).toEqual(new Set(['tenant', 'event', 'ticketType']));
  });

  it.each([
    { name: 'a percent that is not a decimal string', payload: { ...standard, rules: [{ minHoursBeforeEvent: 0, refundPercent: 'half' }] }, field: 'body.rules[0].refundPercent' },
    { name: 'a percent above 100', payload: { ...standard, rules: [{ minHoursBeforeEvent: 0, refundPercent: '150' }] }, field: 'body.rules[0].refundPercent' },
    { name: 'negative hours', payload: { ...standard, rules: [{ minHoursBeforeEvent: -1, refundPercent: '10' }] }, field: 'body.rules.0.minHoursBeforeEvent' },
    { name: 'an event scope without eventId', payload: { ...standard, scope: 'event' }, field: 'body.eventId' },
    { name: 'an unknown field', payload: { ...standard, refundEverything: true }, field: 'body.refundEverything' },
    { name: 'no rules', payload: { ...standard, rules: [] }, field: 'body.rules' },
    { name: 'an event the Event service does not know', payload: { ...standard, scope: 'event', eventId: '0b6a3f3e-1111-4111-8111-111111111111' }, field: 'body.eventId' },
  ])('refuses $name with 400 VALIDATION_FAILED', async ({ payload, field }) => {
    const admin = await svc.tenant().admin();
    const response = await svc.request({ method: 'POST', url: base, headers: bearer(admin), payload });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json();
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors.map((error: { field: string }) => error.field.replace(/\[(\d+)\]/g, '.$1'))).toContain(field.replace(/\[(\d+)\]/g, '.$1'));
  });

  it('allows one active policy per scope: a second one is 409 REFUND_POLICY_CONFLICT', async () => {
    const admin = await svc.tenant().admin();
    await createPolicy(svc, admin, {});
    const second = await svc.request({ method: 'POST', url: base, headers: bearer(admin), payload: standard });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('REFUND_POLICY_CONFLICT');
  });

  it('is for admins only: customers and support get 403 FORBIDDEN', async () => {
    const tenant = svc.tenant();
    const { token: customer } = await tenant.customer();
    const support = await tenant.support();
    const policy = await createPolicy(svc, await tenant.admin(), {});
    for (const token of [customer, support]) {
      for (const [method, url] of [
        ['POST', base],
        ['GET', base],
        ['GET', `${base}/${policy.id}`],
        ['PUT', `${base}/${policy.id}`],
        ['DELETE', `${base}/${policy.id}`],
      ] as const) {
        const response = await svc.request({ method, url, headers: bearer(token), ...(method === 'POST' || method === 'PUT' ? { payload: standard } : {}) });
        expect(response.statusCode, `${method} ${url}`).toBe(403);
        expect(response.json().code).toBe('FORBIDDEN');
      }
    }
    const anonymous = await svc.request({ method: 'GET', url: base });
    expect(anonymous.statusCode).toBe(401);
  });

  it("another tenant's policy is 404", async () => {
    const policy = await createPolicy(svc, await svc.tenant().admin(), {});
    const other = await svc.tenant().admin();
    for (const method of ['GET', 'DELETE'] as const) {
      const response = await svc.request({ method, url: `${base}/${policy.id}`, headers: bearer(other) });
      expect(response.statusCode).toBe(404);
    }
  });
});

describe('effective policy', () => {
  it('resolves ticketType > event > tenant > built-in default, for anyone signed in', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    const { token: customer } = await tenant.customer();
    const event = await tenant.createEvent();
    const [general, vip] = [event.ticketTypes[0]!.id, event.ticketTypes[1]!.id];
    const effective = async (query: string) => {
      const response = await svc.request({ method: 'GET', url: `${base}/effective?${query}`, headers: bearer(customer) });
      expect(response.statusCode).toBe(200);
      return response.json();
    };

    expect(await effective(`eventId=${event.id}`)).toMatchObject({
      source: 'default',
      id: null,
      version: null,
      rules: [
        { minHoursBeforeEvent: 168, refundPercent: '100' },
        { minHoursBeforeEvent: 48, refundPercent: '50' },
        { minHoursBeforeEvent: 0, refundPercent: '0' },
      ],
      cutoffHours: 24,
      refundPlatformFee: false,
      refundProcessingFee: false,
      allowPartial: true,
      autoApproveBelow: 50000,
    });

    const tenantPolicy = await createPolicy(svc, admin, { name: 'Tenant' });
    expect(await effective(`eventId=${event.id}&ticketTypeId=${vip}`)).toMatchObject({ source: 'tenant', id: tenantPolicy.id });

    const eventPolicy = await createPolicy(svc, admin, { name: 'Event', scope: 'event', eventId: event.id });
    expect(await effective(`eventId=${event.id}&ticketTypeId=${vip}`)).toMatchObject({ source: 'event', id: eventPolicy.id });

    const vipPolicy = await createPolicy(svc, admin, { name: 'VIP', scope: 'ticketType', ticketTypeId: vip });
    expect(await effective(`eventId=${event.id}&ticketTypeId=${vip}`)).toMatchObject({ source: 'ticketType', id: vipPolicy.id, version: 1 });
    expect(await effective(`eventId=${event.id}&ticketTypeId=${general}`)).toMatchObject({ source: 'event', id: eventPolicy.id });

    await svc.request({ method: 'DELETE', url: `${base}/${eventPolicy.id}`, headers: bearer(admin) });
    expect(await effective(`eventId=${event.id}&ticketTypeId=${general}`)).toMatchObject({ source: 'tenant', id: tenantPolicy.id });
  });

  it('needs an eventId', async () => {
    const response = await svc.request({ method: 'GET', url: `${base}/effective`, headers: bearer(await svc.tenant().admin()) });
    expect(response.statusCode).toBe(400);
  });
});

describe('the policy version in force at confirmation governs the order', () => {
  it('keeps the confirmed version after an edit; later orders take the new version', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    const policy = await createPolicy(svc, admin, { name: 'Everything back', refundPlatformFee: true, refundProcessingFee: true });
    const before = await buyConfirmedOrder(svc, tenant);
    expect(before.body.refundPolicy).toEqual({ id: policy.id, version: 1 });

    const edit = await svc.request({
      method: 'PUT',
      url: `${base}/${policy.id}`,
      headers: bearer(admin),
      payload: { name: 'Nothing back', rules: [{ minHoursBeforeEvent: 0, refundPercent: '0' }] },
    });
    expect(edit.json().version).toBe(2);

    const eligibility = (await svc.request({ method: 'GET', url: `/api/v1/orders/${before.id}/refund-eligibility`, headers: bearer(before.token) })).json();
    expect(eligibility).toMatchObject({
      eligible: true,
      refundableAmount: before.total,
      breakdown: { tickets: 10000, platformFee: 500, processingFee: 320, tax: 866 },
      policy: { id: policy.id, version: 1, name: 'Everything back', ruleApplied: { minHoursBeforeEvent: 0, refundPercent: '100' } },
    });

    const after = await buyConfirmedOrder(svc, tenant);
    expect(after.body.refundPolicy).toEqual({ id: policy.id, version: 2 });
    const refused = (await svc.request({ method: 'GET', url: `/api/v1/orders/${after.id}/refund-eligibility`, headers: bearer(after.token) })).json();
    expect(refused).toMatchObject({ eligible: false, reasons: ['POLICY_WINDOW'], refundableAmount: 0, policy: { version: 2 } });
  });

  it('an order confirmed with no policy keeps the built-in default even when one is created later', async () => {
    const tenant = svc.tenant();
    const order = await buyConfirmedOrder(svc, tenant);
    expect(order.body.refundPolicy).toBeNull();
    await createPolicy(svc, await tenant.admin(), { rules: [{ minHoursBeforeEvent: 0, refundPercent: '0' }] });
    const eligibility = (await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}/refund-eligibility`, headers: bearer(order.token) })).json();
    expect(eligibility).toMatchObject({ eligible: true, refundableAmount: 10800, policy: { id: null, version: null, name: 'Built-in default' } });
  });
});
