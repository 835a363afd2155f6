import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signUserToken } from '../../src/http/user-token.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, useTestService, type TestTenant } from '../support/harness.js';
import { bearer, buyConfirmedOrder, createPolicy, type ConfirmedOrder } from '../support/refunds.js';
import { openSandboxDispute } from '../support/disputes.js';
import { expectAccessible, go, launchChromium, newConsoleContext, screenshot, signIn, skipBrowserTests } from '../support/browser.js';

const SCRIPT_IN_METADATA = '<script>window.__injected = "metadata"</script>';
const MARKUP_IN_REASON = '<img src=x onerror="window.__injected = \'reason\'">';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let tenant: TestTenant;
let admin: string;
let order: ConfirmedOrder & { orderNumber: string; intentId: string };
let policyId: string;

// A shared machine's Chromium can be slow to start and to render: generous time per step, and per test.
describe.skipIf(skipBrowserTests)('admin console in Chromium', { timeout: 90_000 }, () => {
  // Inside the suite: a skipped suite starts no service.
  const svc = useTestService();

  beforeAll(async () => {
    tenant = svc.tenant();
    admin = await tenant.admin();
    // Refunds of 10.00 and more wait for an admin's review; smaller ones go straight through.
    policyId = (await createPolicy(svc, admin, { name: 'Console policy', autoApproveBelow: 1000, allowPartial: true })).id;
    const event = await tenant.createEvent();
    const buyer = await tenant.customer();
    const created = await svc.request({
      method: 'POST',
      url: '/api/v1/orders',
      headers: bearer(buyer.token),
      payload: { eventId: event.id, items: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 2 }], metadata: { note: SCRIPT_IN_METADATA } },
    });
    expect(created.statusCode, created.body).toBe(201);
    const placed = created.json<{ id: string; orderNumber: string; payment: { intentId: string } }>();
    const paid = await fetch(`${svc.infra.sandbox!.urls.payment}/sandbox/payment-intents/${placed.payment.intentId}/succeed`, { method: 'POST' });
    expect(paid.status).toBe(200);
    const confirmed = await svc.request({ method: 'GET', url: `/api/v1/orders/${placed.id}`, headers: bearer(buyer.token) });
    const body = confirmed.json<{ status: string; pricing: { total: number }; items: ConfirmedOrder['items'] }>();
    expect(body.status).toBe('CONFIRMED');
    order = { id: placed.id, orderNumber: placed.orderNumber, intentId: placed.payment.intentId, total: body.pricing.total, userId: buyer.userId, token: buyer.token, event, items: body.items, body };
    // Another paid order, so that the search has something to leave out.
    await buyConfirmedOrder(svc, tenant, { event });
    const jurisdiction = await svc.request({
      method: 'POST',
      url: '/api/v1/tax/jurisdictions',
      headers: bearer(admin),
      payload: { code: 'GB', name: 'United Kingdom', level: 'country', match: { country: 'GB' }, rates: [{ category: 'tickets', rate: '20', effectiveFrom: '2020-01-01' }] },
    });
    expect(jurisdiction.statusCode, jurisdiction.body).toBe(201);
    browser = await launchChromium();
    context = await newConsoleContext(browser);
    page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.dismiss());
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('refuses a customer token at sign-in, and signs a staff token in', async () => {
    await page.goto(`${svc.baseUrl}/admin`);
    await page.getByRole('heading', { name: 'Order Service admin' }).waitFor();
    await expectAccessible(page, 'sign-in');
    // The Content-Security-Policy holds: an inline script put into the page does not run.
    await page.evaluate(`(() => { const s = document.createElement('script'); s.textContent = 'window.__inline = 1'; document.head.append(s); })()`);
    expect(await page.evaluate<unknown>('window.__inline')).toBeUndefined();
    await page.getByLabel('Staff token').fill(order.token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('no support or admin role');
    await screenshot(page, 'sign-in-refused');
    // A staff token the service does not accept (another signer) is refused with the service's 401.
    const forged = await signUserToken('not-the-service-secret-0123456789abcdef', { sub: 'intruder', tenantId: tenant.id, roles: ['admin'] });
    await page.getByLabel('Staff token').fill(forged);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('401 UNAUTHENTICATED');
    // No developer token outside the embedded mode.
    expect(await page.getByRole('button', { name: 'Use the developer admin token' }).count()).toBe(0);
    await page.getByLabel('Staff token').fill(admin);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    expect(page.url()).not.toContain(admin);
    expect(await page.evaluate<string>('JSON.stringify(localStorage) + JSON.stringify(sessionStorage) + document.cookie')).not.toContain(admin.slice(-20));
  });

  it('shows the dashboard with its charts', async () => {
    await page.locator('.chart canvas').first().waitFor();
    expect(await page.locator('.chart').count()).toBe(3);
    await expect.poll(() => page.locator('.tile').first().textContent()).toBe('Orders2');
    await expectAccessible(page, 'dashboard');
    await screenshot(page, 'dashboard');
  });

  it('finds an order by its number and shows buyer-supplied markup as text', async () => {
    await page.getByRole('link', { name: 'Orders', exact: true }).click();
    await page.getByLabel('Order number or id').fill(order.orderNumber);
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await expectAccessible(page, 'order search');
    await page.getByRole('link', { name: order.orderNumber }).click();
    await page.getByRole('heading', { name: `Order ${order.orderNumber}` }).waitFor();
    await expect.poll(() => page.locator('pre').filter({ hasText: 'window.__injected' }).count()).toBe(1);
    expect(await page.locator('pre').filter({ hasText: 'window.__injected' }).textContent()).toContain(JSON.stringify(SCRIPT_IN_METADATA).slice(1, -1));
    expect(await page.evaluate<unknown>('window.__injected')).toBeUndefined();
    await expectAccessible(page, 'order page');
    await screenshot(page, 'order');
  });

  it('refunds part of the order, and shows the refused cancel as a problem document', async () => {
    await page.getByLabel(/^Amount/).fill('5.00');
    await page.getByLabel('Reason', { exact: true }).first().fill(MARKUP_IN_REASON);
    await page.getByRole('button', { name: 'Refund', exact: true }).click();
    const refundRow = page.getByRole('region', { name: 'Refunds' }).locator('tbody tr').filter({ hasText: MARKUP_IN_REASON });
    await expect.poll(() => refundRow.textContent(), { timeout: 10_000 }).toMatch(/SUCCEEDED|PENDING/);
    expect(await refundRow.textContent()).toContain('5.00 USD');
    expect(await page.evaluate<unknown>('window.__injected')).toBeUndefined();
    // A paid order cannot be cancelled: the service's 409 INVALID_STATE is shown beside the form.
    await page.locator('input[name="cancel-reason"]').fill('testing the refusal');
    await page.getByRole('button', { name: 'Cancel order' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'INVALID_STATE' }).count()).toBe(1);
    expect(await page.getByRole('alert').filter({ hasText: 'INVALID_STATE' }).textContent()).toContain('409');
    await screenshot(page, 'order-refunded');
  });

  it('approves a refund from the review queue', async () => {
    // The buyer asks for 20.00: at or above the policy's 10.00, it waits for an admin.
    const requested = await svc.request({
      method: 'POST',
      url: `/api/v1/orders/${order.id}/refunds`,
      headers: { ...bearer(order.token), 'idempotency-key': `review-${order.id}` },
      payload: { reason: 'needs a review', amount: 2000 },
    });
    expect(requested.statusCode, requested.body).toBe(201);
    expect(requested.json<{ status: string }>().status).toBe('PENDING_REVIEW');
    await page.getByRole('link', { name: 'Refund reviews' }).click();
    const queued = page.locator('tbody tr').filter({ hasText: 'needs a review' });
    await queued.waitFor();
    await expectAccessible(page, 'refund reviews');
    await screenshot(page, 'refund-reviews');
    await queued.getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => queued.count()).toBe(0);
    const refunds = await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}/refunds`, headers: bearer(admin) });
    const approved = refunds.json<{ data: { reason: string; status: string }[] }>().data.find((refund) => refund.reason === 'needs a review');
    expect(approved?.status).toMatch(/SUCCEEDED|PENDING/);
  });

  it('shows a dispute once the sandbox Payment service has sent it', async () => {
    await openSandboxDispute(svc, { paymentIntentId: order.intentId, reason: 'fraudulent' });
    await page.getByRole('link', { name: 'Disputes' }).click();
    const row = page.locator('tbody tr').filter({ hasText: 'fraudulent' });
    await row.waitFor();
    expect(await row.textContent()).toContain('needs_response');
    expect(await row.textContent()).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    await expectAccessible(page, 'disputes');
    await screenshot(page, 'disputes');
  });

  it('edits a refund policy and shows its new version', async () => {
    await go(page, `#/policies/${policyId}`);
    await page.getByRole('heading', { name: 'Versions of Console policy' }).waitFor();
    await page.locator('input[name="policy-rules"]').fill('168:100, 48:50, 0:0');
    await page.getByRole('button', { name: 'Save as version 2' }).click();
    const versions = page.getByRole('region', { name: 'Policy versions' }).locator('tbody tr');
    await expect.poll(() => versions.count()).toBe(2);
    expect(await versions.first().textContent()).toContain('≥48 h: 50 %');
    await expectAccessible(page, 'refund policies');
    await screenshot(page, 'policy-version-2');
  });

  it("follows an event-cancellation job's progress", async () => {
    const event = await tenant.createEvent({ name: 'Cancelled show' });
    await buyConfirmedOrder(svc, tenant, { event });
    const started = await svc.request({
      method: 'POST',
      url: `/internal/v1/events/${event.id}/cancel-orders`,
      headers: bearer(await svc.serviceToken('event-service')),
      payload: { reason: 'the venue flooded' },
    });
    expect(started.statusCode).toBe(202);
    await page.getByRole('link', { name: 'Event cancellations' }).click();
    const row = page.locator('tbody tr').filter({ hasText: event.id });
    await expect.poll(() => row.textContent()).toContain('RUNNING');
    expect(await row.textContent()).toContain('0/1');
    // The job's batches run here instead of in a background loop; the page reads the progress again by itself.
    await eventually(async () => {
      await svc.app.services.eventCancellation.runBatch();
      return (await svc.app.services.eventCancellation.getJob(started.json<{ id: string }>().id)).status === 'COMPLETED' ? true : undefined;
    }, 20_000);
    await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain('COMPLETED');
    expect(await row.textContent()).toContain('1/1 (1 settled, 0 failed)');
    await screenshot(page, 'event-cancellation-job');
  });

  it('adds a dated tax rate to a jurisdiction', async () => {
    await page.getByRole('link', { name: 'Tax', exact: true }).click();
    const row = page.getByRole('region', { name: 'Tax jurisdictions' }).locator('tbody tr').filter({ hasText: 'United Kingdom' });
    await expect.poll(() => row.textContent()).toContain('tickets: 20 % from 2020-01-01');
    await page.getByLabel('Category').selectOption('platform_fee');
    await page.getByLabel('Rate (%)').fill('12.5');
    await page.getByLabel('Effective from').fill('2027-01-01');
    await page.getByRole('button', { name: 'Add rate' }).click();
    await expect.poll(() => row.textContent()).toContain('platform_fee: 12.5 % from 2027-01-01');
    // A refused one shows the service's problem document.
    await page.getByLabel('Rate (%)').fill('150');
    await page.getByRole('button', { name: 'Add rate' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('400');
    await expectAccessible(page, 'tax');
    await screenshot(page, 'tax-rates');
  });

  it('passes axe on the other pages', async () => {
    for (const [link, heading] of [
      ['Promotions', 'Promotions'],
      ['Event cancellations', 'Event cancellations'],
      ['Order changes', 'Order changes'],
      ['Webhooks', 'Webhook endpoints'],
    ] as const) {
      await page.getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await expect.poll(() => page.locator('.muted', { hasText: 'Loading' }).count()).toBe(0);
      await expectAccessible(page, link);
      await screenshot(page, `page-${link.toLowerCase().replace(/ /g, '-')}`);
    }
  });

  it('signs out on a 401 (an expired or revoked token)', async () => {
    const short = await newConsoleContext(browser);
    const other = await short.newPage();
    try {
      await signIn(other, svc.baseUrl, admin);
      // The service now refuses every token: the next call answers 401 and the console returns to sign-in.
      await other.route('**/api/v1/**', (route) => route.fulfill({ status: 401, contentType: 'application/problem+json', body: '{"code":"UNAUTHENTICATED","status":401}' }));
      await other.getByRole('link', { name: 'Orders', exact: true }).click();
      await other.getByLabel('Staff token').waitFor();
    } finally {
      await short.close();
    }
  });

  it('is usable on a 390 px wide phone screen', async () => {
    const phone = await newConsoleContext(browser, { width: 390, height: 844 });
    const small = await phone.newPage();
    try {
      await signIn(small, svc.baseUrl, admin);
      const overflow = () => small.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
      expect(await overflow()).toBeLessThanOrEqual(0);
      await screenshot(small, 'phone-dashboard');
      await small.getByRole('button', { name: 'Menu' }).click();
      await small.getByRole('link', { name: 'Orders', exact: true }).click();
      await small.getByLabel('Order number or id').fill(order.orderNumber);
      await small.getByRole('button', { name: 'Search' }).click();
      await small.getByRole('link', { name: order.orderNumber }).click();
      await small.getByRole('heading', { name: `Order ${order.orderNumber}` }).waitFor();
      await small.getByRole('button', { name: 'Refund', exact: true }).waitFor();
      expect(await overflow()).toBeLessThanOrEqual(0);
      expect(await small.getByRole('button', { name: 'Refund', exact: true }).isVisible()).toBe(true);
      await expectAccessible(small, 'order page on a phone');
      await screenshot(small, 'phone-order');
    } finally {
      await phone.close();
    }
  });
});
