/**
 * Managing promo codes (SPEC §14): admins create, edit and delete them, support staff read them, customers
 * see none; codes are unique per tenant whatever their case; every definition that cannot work is a 400.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../support/harness.js';
import { bearer, expectProblem } from '../support/order-factories.js';
import { createPromotion, getPromotion, uniqueCode, type PromotionBody } from '../support/promotions.js';

let svc: TestService;
beforeAll(async () => {
  svc = await startTestService({ messaging: false });
});
afterAll(async () => {
  await svc?.close();
});

const create = (token: string, payload: Record<string, unknown>) =>
  svc.request({ method: 'POST', url: '/api/v1/promotions', headers: bearer(token), payload });

describe('promo code management', () => {
  it('creates a code with the pinned shape, then reads, lists, edits and deletes it', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    const event = await tenant.createEvent();
    const code = uniqueCode('SUMMER');
    const created = await createPromotion(svc, admin, {
      code,
      description: 'Summer sale',
      type: 'fixed',
      value: 1000,
      currency: 'USD',
      eventIds: [event.id],
      ticketTypeIds: [event.ticketTypes[0]!.id],
      startsAt: '2026-01-01T00:00:00.000Z',
      endsAt: '2099-01-01T00:00:00.000Z',
      maxRedemptions: 100,
      maxRedemptionsPerUser: 2,
      minSubtotal: 5000,
    });
    expect(created).toEqual({
      id: expect.any(String),
      code,
      description: 'Summer sale',
      type: 'fixed',
      value: 1000,
      currency: 'USD',
      eventIds: [event.id],
      ticketTypeIds: [event.ticketTypes[0]!.id],
      startsAt: '2026-01-01T00:00:00.000Z',
      endsAt: '2099-01-01T00:00:00.000Z',
      maxRedemptions: 100,
      maxRedemptionsPerUser: 2,
      minSubtotal: 5000,
      active: true,
      redemptions: 0,
      discountTotal: [],
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });

    const support = await tenant.support();
    expect(await getPromotion(svc, support, created.id)).toEqual(created);
    const listed = await svc.request({ method: 'GET', url: `/api/v1/promotions?code=${code.toLowerCase()}`, headers: bearer(support) });
    expect(listed.statusCode).toBe(200);
    expect(listed.json<{ data: PromotionBody[] }>().data.map((promotion) => promotion.id)).toEqual([created.id]);

    const edited = await svc.request({
      method: 'PUT',
      url: `/api/v1/promotions/${created.id}`,
      headers: bearer(admin),
      payload: { code, type: 'percent', value: '12.50', active: false },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ id: created.id, type: 'percent', value: '12.5', currency: null, eventIds: null, maxRedemptions: null, active: false });

    const removed = await svc.request({ method: 'DELETE', url: `/api/v1/promotions/${created.id}`, headers: bearer(admin) });
    expect(removed.statusCode).toBe(204);
    expectProblem(await svc.request({ method: 'GET', url: `/api/v1/promotions/${created.id}`, headers: bearer(admin) }), 404, 'NOT_FOUND');
  });

  it('pages through the codes newest first', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    const made = [];
    for (let i = 0; i < 3; i++) made.push(await createPromotion(svc, admin));
    const first = await svc.request({ method: 'GET', url: '/api/v1/promotions?limit=2', headers: bearer(admin) });
    const page = first.json<{ data: PromotionBody[]; nextCursor: string }>();
    expect(page.data.map((promotion) => promotion.id)).toEqual([made[2]!.id, made[1]!.id]);
    const second = await svc.request({ method: 'GET', url: `/api/v1/promotions?limit=2&cursor=${page.nextCursor}`, headers: bearer(admin) });
    expect(second.json<{ data: PromotionBody[]; nextCursor: null }>()).toEqual({ data: [expect.objectContaining({ id: made[0]!.id })], nextCursor: null });
  });

  it('keeps codes unique per tenant whatever their case, and lets another tenant use the same code', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    const code = uniqueCode('Welcome');
    const first = await createPromotion(svc, admin, { code });
    expectProblem(await create(admin, { code: code.toUpperCase(), type: 'percent', value: '5' }), 409, 'PROMO_CODE_EXISTS');
    const second = await createPromotion(svc, admin);
    const renamed = await svc.request({
      method: 'PUT',
      url: `/api/v1/promotions/${second.id}`,
      headers: bearer(admin),
      payload: { code: code.toLowerCase(), type: 'percent', value: '5' },
    });
    expectProblem(renamed, 409, 'PROMO_CODE_EXISTS');

    const other = svc.tenant();
    const elsewhere = await createPromotion(svc, await other.admin(), { code });
    expect(elsewhere.id).not.toBe(first.id);
    expectProblem(await svc.request({ method: 'GET', url: `/api/v1/promotions/${first.id}`, headers: bearer(await other.admin()) }), 404, 'NOT_FOUND');
  });

  it('lets admins manage, support staff read, and customers do neither', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    const support = await tenant.support();
    const { token: customer } = await tenant.customer();
    const promotion = await createPromotion(svc, admin);
    expectProblem(await create(support, { code: uniqueCode(), type: 'percent', value: '5' }), 403, 'FORBIDDEN');
    expectProblem(await svc.request({ method: 'DELETE', url: `/api/v1/promotions/${promotion.id}`, headers: bearer(support) }), 403, 'FORBIDDEN');
    expectProblem(await svc.request({ method: 'GET', url: '/api/v1/promotions', headers: bearer(customer) }), 403, 'FORBIDDEN');
    expectProblem(await svc.request({ method: 'GET', url: `/api/v1/promotions/${promotion.id}`, headers: bearer(customer) }), 403, 'FORBIDDEN');
    expect((await svc.request({ method: 'GET', url: '/api/v1/promotions', headers: bearer(support) })).statusCode).toBe(200);
  });

  describe('refuses a definition that cannot work with 400 VALIDATION_FAILED naming the field', () => {
    const cases: { name: string; body: Record<string, unknown>; field: string }[] = [
      { name: 'a percent of 0', body: { type: 'percent', value: '0' }, field: 'body.value' },
      { name: 'a percent over 100', body: { type: 'percent', value: '100.5' }, field: 'body.value' },
      { name: 'a negative percent', body: { type: 'percent', value: '-5' }, field: 'body.value' },
      { name: 'a percent given as a number', body: { type: 'percent', value: 15 }, field: 'body.value' },
      { name: 'a fixed value without currency', body: { type: 'fixed', value: 500 }, field: 'body.currency' },
      { name: 'a fixed value of 0', body: { type: 'fixed', value: 0, currency: 'USD' }, field: 'body.value' },
      { name: 'a fixed value as a string', body: { type: 'fixed', value: '5.00', currency: 'USD' }, field: 'body.value' },
      { name: 'a currency on a percent', body: { type: 'percent', value: '10', currency: 'USD' }, field: 'body.currency' },
      {
        name: 'endsAt before startsAt',
        body: { type: 'percent', value: '10', startsAt: '2030-02-01T00:00:00Z', endsAt: '2030-01-01T00:00:00Z' },
        field: 'body.endsAt',
      },
      { name: 'endsAt equal to startsAt', body: { type: 'percent', value: '10', startsAt: '2030-02-01T00:00:00Z', endsAt: '2030-02-01T00:00:00Z' }, field: 'body.endsAt' },
      { name: 'a code with a space', body: { code: 'SUMMER SALE', type: 'percent', value: '10' }, field: 'body.code' },
      { name: 'a code over 64 characters', body: { code: 'A'.repeat(65), type: 'percent', value: '10' }, field: 'body.code' },
    ];
    for (const { name, body, field } of cases) {
      it(name, async () => {
        const admin = await svc.tenant().admin();
        const problem = expectProblem(await create(admin, { code: uniqueCode(), ...body }), 400, 'VALIDATION_FAILED');
        expect(problem.errors?.map((error) => error.field)).toContain(field);
      });
    }

    it('a fixed value in another currency than the event it names', async () => {
      const tenant = svc.tenant();
      const event = await tenant.createEvent({ currency: 'EUR' });
      const problem = expectProblem(
        await create(await tenant.admin(), { code: uniqueCode(), type: 'fixed', value: 500, currency: 'USD', eventIds: [event.id] }),
        400,
        'VALIDATION_FAILED',
      );
      expect(problem.errors).toEqual([{ field: 'body.currency', message: expect.stringContaining('EUR') }]);
    });

    it('an event of another tenant', async () => {
      const event = await svc.tenant().createEvent();
      const problem = expectProblem(
        await create(await svc.tenant().admin(), { code: uniqueCode(), type: 'percent', value: '10', eventIds: [event.id] }),
        400,
        'VALIDATION_FAILED',
      );
      expect(problem.errors).toEqual([{ field: 'body.eventIds[0]', message: 'is not an event of this tenant' }]);
    });

    it('a 64-character code is accepted', async () => {
      const code = `${uniqueCode()}-`.padEnd(64, 'X');
      expect((await createPromotion(svc, await svc.tenant().admin(), { code })).code).toBe(code);
    });
  });
});
