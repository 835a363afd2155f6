import { readFile } from 'node:fs/promises';
import Fastify from 'fastify';
import { adminConsoleRoutes } from '../../src/admin-console/index.js';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, apiTypesOf } from '../../src/admin-console/api-types.js';
import { useTestService } from '../support/harness.js';
import { bearer } from '../support/orders.js';
import { disputeWebhook, paidOrder, sendWebhook } from '../support/disputes.js';

const svc = useTestService();

describe('the admin console at /admin', () => {
  it('serves its page and bundle from the service, with a CSP that forbids inline scripts and framing', async () => {
    for (const url of ['/admin', '/admin/']) {
      const page = await svc.request({ method: 'GET', url });
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      const csp = String(page.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(page.headers['x-frame-options']).toBe('DENY');
      expect(page.body).toContain('<script type="module" src="/admin/assets/app.js"></script>');
      // No inline script: every <script> of the page has a src.
      expect(page.body.match(/<script(?![^>]*\bsrc=)[^>]*>/g)).toBeNull();
    }
    const script = await svc.request({ method: 'GET', url: '/admin/assets/app.js' });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toContain('text/javascript');
    expect(script.body.length).toBeGreaterThan(1000);
    const styles = await svc.request({ method: 'GET', url: '/admin/assets/app.css' });
    expect(styles.statusCode).toBe(200);
    expect(styles.headers['content-type']).toContain('text/css');
    const missing = await svc.request({ method: 'GET', url: '/admin/assets/other.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['x-frame-options']).toBe('DENY');
  });

  it('does not hand out a developer token outside the embedded mode', async () => {
    expect((await svc.request({ method: 'GET', url: '/admin/developer-token' })).statusCode).toBe(404);
  });

  it('hands out the developer token it was given (the embedded mode), never to be cached', async () => {
    const app = Fastify();
    await app.register(adminConsoleRoutes, { developerToken: 'header.payload.signature' });
    const answer = await app.inject({ method: 'GET', url: '/admin/developer-token' });
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({ token: 'header.payload.signature' });
    expect(answer.headers['cache-control']).toBe('no-store');
    await app.close();
  });

  it('is typed from the live OpenAPI document: the committed api-types.d.ts is what the service documents now', async () => {
    const committed = await readFile(API_TYPES_FILE, 'utf8');
    const live = await apiTypesOf(svc.app.swagger() as { paths?: Record<string, unknown> });
    // On a difference: npm run console:api-types, then commit admin-console/src/api-types.d.ts.
    expect(committed === live, 'admin-console/src/api-types.d.ts differs from the OpenAPI document: run npm run console:api-types').toBe(true);
  });
});

describe('staff lists the console reads', () => {
  it("GET /api/v1/refunds and /api/v1/event-cancellations answer the tenant's staff only", async () => {
    const tenant = svc.tenant();
    const support = await tenant.support();
    for (const url of ['/api/v1/refunds?status=PENDING_REVIEW', '/api/v1/event-cancellations']) {
      const staff = await svc.request({ method: 'GET', url, headers: bearer(support) });
      expect(staff.statusCode, url).toBe(200);
      expect(staff.json()).toEqual({ data: [], nextCursor: null });
      const customer = await svc.request({ method: 'GET', url, headers: bearer((await tenant.customer()).token) });
      expect(customer.statusCode, url).toBe(403);
    }
    const bad = await svc.request({ method: 'GET', url: '/api/v1/refunds?status=DONE', headers: bearer(support) });
    expect(bad.statusCode).toBe(400);
  });
});

describe('order search by number and disputes by due date', () => {
  it('GET /api/v1/orders?orderNumber= finds the one order of that number', async () => {
    const tenant = svc.tenant();
    const first = await paidOrder(svc, tenant);
    await paidOrder(svc, tenant);
    const found = await svc.request({ method: 'GET', url: `/api/v1/orders?orderNumber=${first.orderNumber}`, headers: bearer(await tenant.support()) });
    expect(found.statusCode).toBe(200);
    expect(found.json<{ data: { id: string }[] }>().data.map((order) => order.id)).toEqual([first.id]);
    const other = await svc.request({ method: 'GET', url: `/api/v1/orders?orderNumber=${first.orderNumber}`, headers: bearer(await svc.tenant().support()) });
    expect(other.json<{ data: unknown[] }>().data).toEqual([]);
  });

  it('GET /api/v1/disputes?sort=dueBy lists the evidence due soonest first, pages with its cursor', async () => {
    const tenant = svc.tenant();
    const order = await paidOrder(svc, tenant);
    const now = Date.now();
    const ids: Record<number, string> = {};
    for (const days of [5, 1, 3]) {
      const body = disputeWebhook({ data: { paymentIntentId: order.intentId, status: 'needs_response', evidenceDueBy: new Date(now + days * 86_400_000).toISOString() } });
      expect((await sendWebhook(svc, body)).body.status).toBe('processed');
      ids[days] = body.data.disputeId;
    }
    const staff = bearer(await tenant.support());
    const first = await svc.request({ method: 'GET', url: '/api/v1/disputes?sort=dueBy&limit=2', headers: staff });
    const page = first.json<{ data: { paymentDisputeId: string }[]; nextCursor: string | null }>();
    expect(page.data.map((d) => d.paymentDisputeId)).toEqual([ids[1], ids[3]]);
    const second = await svc.request({ method: 'GET', url: `/api/v1/disputes?sort=dueBy&limit=2&cursor=${page.nextCursor}`, headers: staff });
    expect(second.json<{ data: { paymentDisputeId: string }[]; nextCursor: string | null }>()).toMatchObject({ data: [{ paymentDisputeId: ids[5] }], nextCursor: null });
    const foreign = await svc.request({ method: 'GET', url: `/api/v1/disputes?sort=dueBy&cursor=${page.nextCursor}`.replace('sort=dueBy&', ''), headers: staff });
    expect(foreign.statusCode).toBe(400);
  });
});
