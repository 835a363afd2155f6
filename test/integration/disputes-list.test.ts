import { beforeAll, describe, expect, it } from 'vitest';
import { useTestService, type TestTenant } from '../support/harness.js';
import { bearer, disputeWebhook, paidOrder, sendWebhook, type DisputeView, type PaidOrder } from '../support/disputes.js';

const svc = useTestService();
let tenant: TestTenant;
let order: PaidOrder;
let staff: string;
const DAY = 86_400_000;
const start = Date.now();
const ids = { needsResponse: '', underReview: '', won: '' };

beforeAll(async () => {
  tenant = svc.tenant();
  order = await paidOrder(svc, tenant);
  staff = await tenant.support();
  const send = async (status: string, dueInDays: number, type: 'dispute.created' | 'dispute.closed' = 'dispute.created') => {
    const body = disputeWebhook({
      type,
      data: { paymentIntentId: order.intentId, status, evidenceDueBy: new Date(start + dueInDays * DAY).toISOString() },
    });
    expect((await sendWebhook(svc, body)).body.status).toBe('processed');
    return body.data.disputeId;
  };
  ids.needsResponse = await send('needs_response', 2);
  ids.underReview = await send('under_review', 5);
  ids.won = await send('won', 1, 'dispute.closed');
});

async function list(query: string, token = staff): Promise<{ status: number; data: DisputeView[]; nextCursor: string | null; code?: string }> {
  const response = await svc.request({ method: 'GET', url: `/api/v1/disputes${query}`, headers: bearer(token) });
  const body = response.json<{ data?: DisputeView[]; nextCursor?: string | null; code?: string }>();
  return { status: response.statusCode, data: body.data ?? [], nextCursor: body.nextCursor ?? null, ...(body.code ? { code: body.code } : {}) };
}

const paymentIds = (disputes: DisputeView[]) => disputes.map((dispute) => dispute.paymentDisputeId);

describe('GET /api/v1/disputes', () => {
  it("lists the tenant's disputes newest first", async () => {
    const page = await list('');
    expect(page.status).toBe(200);
    expect(paymentIds(page.data)).toEqual([ids.won, ids.underReview, ids.needsResponse]);
    expect(page.nextCursor).toBeNull();
  });

  it('filters by status', async () => {
    expect(paymentIds((await list('?status=needs_response')).data)).toEqual([ids.needsResponse]);
    expect(paymentIds((await list('?status=won')).data)).toEqual([ids.won]);
    expect((await list('?status=lost')).data).toEqual([]);
  });

  it('filters by evidence due before a time, alone and with a status', async () => {
    const inThreeDays = encodeURIComponent(new Date(start + 3 * DAY).toISOString());
    expect(paymentIds((await list(`?dueBefore=${inThreeDays}`)).data)).toEqual([ids.won, ids.needsResponse]);
    expect(paymentIds((await list(`?dueBefore=${inThreeDays}&status=needs_response`)).data)).toEqual([ids.needsResponse]);
    const inOneHour = encodeURIComponent(new Date(start + 3600_000).toISOString());
    expect((await list(`?dueBefore=${inOneHour}`)).data).toEqual([]);
  });

  it('pages with an opaque cursor', async () => {
    const first = await list('?limit=2');
    expect(paymentIds(first.data)).toEqual([ids.won, ids.underReview]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await list(`?limit=2&cursor=${first.nextCursor}`);
    expect(paymentIds(second.data)).toEqual([ids.needsResponse]);
    expect(second.nextCursor).toBeNull();
  });

  it('refuses bad filters and cursors with 400 VALIDATION_FAILED', async () => {
    expect(await list('?status=escalated')).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(await list('?dueBefore=tomorrow')).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(await list('?cursor=bm90LWEtY3Vyc29y')).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(await list('?limit=101')).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
  });

  it('is for staff only: a customer gets 403, a missing token 401', async () => {
    expect((await list('', order.token)).status).toBe(403);
    expect(await list('', await tenant.admin())).toMatchObject({ status: 200 });
    const anonymous = await svc.request({ method: 'GET', url: '/api/v1/disputes' });
    expect(anonymous.statusCode).toBe(401);
  });

  it("never shows another tenant's disputes", async () => {
    const other = svc.tenant();
    expect(await list('', await other.admin())).toEqual({ status: 200, data: [], nextCursor: null });
  });
});

describe('GET /api/v1/orders/:id/disputes', () => {
  const get = (orderId: string, token: string) => svc.request({ method: 'GET', url: `/api/v1/orders/${orderId}/disputes`, headers: bearer(token) });

  it('shows the buyer and staff the disputes of the order', async () => {
    for (const token of [order.token, staff]) {
      const response = await get(order.id, token);
      expect(response.statusCode).toBe(200);
      expect(paymentIds(response.json<{ data: DisputeView[] }>().data).sort()).toEqual([ids.needsResponse, ids.underReview, ids.won].sort());
    }
  });

  it("answers 404 to another customer, to another tenant's staff and for an unknown order", async () => {
    const stranger = await tenant.customer();
    expect((await get(order.id, stranger.token)).statusCode).toBe(404);
    expect((await get(order.id, await svc.tenant().admin())).statusCode).toBe(404);
    expect((await get(crypto.randomUUID(), staff)).statusCode).toBe(404);
  });
});
