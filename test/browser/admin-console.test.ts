import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signUserToken } from '../../src/http/user-token.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, type TestTenant } from '../support/harness.js';
import { bearer, buyConfirmedOrder, createPolicy, type ConfirmedOrder } from '../support/refunds.js';
import { openSandboxDispute } from '../support/disputes.js';
import { expectAccessible, go, launchChromium, newConsoleContext, screenshot, signIn, skipBrowserTests } from '../support/browser.js';
import { listChanges, makeChange } from '../support/changes.js';
import { startReceiver, useWebhookTestService, type Receiver } from '../support/webhooks.js';
import { Webhook } from 'standardwebhooks';

const SCRIPT_IN_METADATA = '<script>window.__injected = "metadata"</script>';
const MARKUP_IN_REASON = '<img src=x onerror="window.__injected = \'reason\'">';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let tenant: TestTenant;
let admin: string;
let order: ConfirmedOrder & { orderNumber: string; intentId: string };
let policyId: string;
let receiver: Receiver | undefined;

// A shared machine's Chromium can be slow to start and to render: generous time per step, and per test.
describe.skipIf(skipBrowserTests)('admin console in Chromium', { timeout: 90_000 }, () => {
  // Inside the suite: a skipped suite starts no service. The webhook-delivery job runs beside it (on a database of
  // its own), and the test's receiver listens on the loopback address, which the service then allows.
  const svc = useWebhookTestService({ env: { WEBHOOK_ALLOW_PRIVATE_URLS: 'true', WEBHOOK_DELIVERY_INTERVAL_MS: '100' } });

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
    await receiver?.close();
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

  it('shows a change applied to an order: its version, the removed ticket and the change', async () => {
    const bought = await buyConfirmedOrder(svc, tenant, { items: [{ type: 0, quantity: 2 }] });
    const item = bought.items[0]!;
    await makeChange(svc, admin, bought.id, { reason: 'one guest cannot come', remove: [{ orderItemId: item.id, quantity: 1 }] }, `console-change-${bought.id}`);
    await eventually(async () => ((await listChanges(svc, admin, bought.id))[0]?.status === 'APPLIED' ? true : undefined), 20_000);
    await go(page, `#/orders/${bought.id}`);
    const row = page.getByRole('region', { name: 'Changes of the order' }).locator('tbody tr');
    await expect.poll(() => row.textContent()).toContain('APPLIED');
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('one guest cannot come');
    expect(text).toContain(`1 × ${item.ticketTypeId.slice(0, 8)}`);
    expect(text).toMatch(/−\d+\.\d{2} USD/);
    expect(text).toMatch(/Refund [0-9a-f]{8}/);
    expect(await page.getByRole('region', { name: 'Summary' }).textContent()).toContain('2 (1 change applied)');
    // The item keeps its quantity and shows the removed ticket.
    const itemRow = page.getByRole('region', { name: 'Items' }).locator('tbody tr').first();
    expect((await itemRow.locator('td').allTextContents()).slice(1, 3)).toEqual(['2', '1']);
    await expectAccessible(page, 'order page with a change');
    await screenshot(page, 'order-changed');
  });

  it('creates a webhook endpoint, shows its secret once, pings it and shows the delivery', async () => {
    receiver = await startReceiver();
    await page.getByRole('link', { name: 'Webhooks', exact: true }).click();
    await page.getByRole('heading', { name: 'Webhook endpoints', level: 1 }).waitFor();
    await expect.poll(() => page.getByRole('region', { name: 'Webhook endpoints' }).locator('tbody tr').textContent()).toBe('No endpoint.');
    // A refused URL: the service's problem document beside the form.
    await page.getByLabel(/^URL/).fill('https://user:password@example.com/hooks');
    await page.getByRole('button', { name: 'Create endpoint' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('400 VALIDATION_FAILED');
    expect(await page.getByRole('alert').textContent()).toContain('must not carry credentials');

    await page.getByLabel(/^URL/).fill(`${receiver.url}/console`);
    await page.getByLabel(/^Message types/).fill('order.confirmed, order.changed');
    await page.getByLabel('Description', { exact: true }).fill(MARKUP_IN_REASON);
    await page.getByRole('button', { name: 'Create endpoint' }).click();
    const secretBox = page.getByRole('status', { name: 'Signing secret' });
    await expect.poll(() => secretBox.locator('code').textContent()).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    const secret = (await secretBox.locator('code').textContent()) ?? '';
    const listed = page.getByRole('region', { name: 'Webhook endpoints' }).locator('tbody tr');
    await expect.poll(() => listed.textContent()).toContain(`${receiver.url}/console`);
    expect(await listed.textContent()).toContain(MARKUP_IN_REASON);
    expect(await listed.textContent()).toContain('ENABLED');
    expect(await page.evaluate<unknown>('window.__injected')).toBeUndefined();
    await expectAccessible(page, 'webhook endpoints with a new secret');
    await screenshot(page, 'webhooks-created');
    // Once dismissed, the secret is nowhere: the service never answers it again.
    await secretBox.getByRole('button', { name: 'I have stored it' }).click();
    await expect.poll(() => secretBox.count()).toBe(0);
    await listed.getByRole('link', { name: `${receiver.url}/console` }).click();
    await page.getByRole('heading', { name: `Webhook endpoint ${receiver.url}/console` }).waitFor();
    await expect.poll(() => page.getByRole('region', { name: 'Delivery log' }).locator('tbody tr').textContent()).toBe('No delivery yet.');
    expect(await page.locator('body').textContent()).not.toContain(secret.slice(6));

    await page.getByRole('button', { name: 'Send a test ping' }).click();
    const delivery = page.getByRole('region', { name: 'Delivery log' }).locator('tbody tr').filter({ hasText: 'ping' });
    await expect.poll(() => delivery.textContent(), { timeout: 20_000 }).toContain('SUCCEEDED');
    expect(await delivery.textContent()).toContain('succeeded (HTTP 200)');
    // The receiver got the ping signed with the secret the page showed.
    const [request] = receiver.received;
    if (!request) throw new Error('the receiver got nothing');
    expect(new Webhook(secret).verify(request.body, request.headers as Record<string, string>)).toMatchObject({ type: 'ping' });
    await expectAccessible(page, 'webhook endpoint');
    await screenshot(page, 'webhook-delivered');

    // Retry sends the delivery again: a second attempt in the log.
    await delivery.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => delivery.locator('.attempts li').count(), { timeout: 20_000 }).toBe(2);
    expect(receiver.received.length).toBe(2);

    // Disabled, the endpoint refuses a ping: 409 INVALID_STATE shown as the problem document.
    await page.getByRole('button', { name: 'Disable' }).click();
    await page.getByRole('button', { name: 'Enable' }).waitFor();
    expect(await page.getByRole('region', { name: 'Endpoint' }).textContent()).toContain('DISABLED');
    await page.getByRole('button', { name: 'Send a test ping' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('409 INVALID_STATE');
    await screenshot(page, 'webhook-disabled');
    await page.getByRole('button', { name: 'Enable' }).click();
    await page.getByRole('button', { name: 'Disable' }).waitFor();
  });

  it('passes axe on the other pages', async () => {
    for (const [link, heading] of [
      ['Promotions', 'Promotions'],
      ['Event cancellations', 'Event cancellations'],
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
      await small.getByRole('button', { name: 'Menu' }).click();
      await small.getByRole('link', { name: 'Webhooks', exact: true }).click();
      await small.getByRole('heading', { name: 'Webhook endpoints', level: 1 }).waitFor();
      await small.getByRole('region', { name: 'Webhook endpoints' }).locator('tbody a').first().click();
      await small.getByRole('button', { name: 'Send a test ping' }).waitFor();
      await expect.poll(() => small.locator('.muted', { hasText: 'Loading' }).count()).toBe(0);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await screenshot(small, 'phone-webhook-endpoint');
    } finally {
      await phone.close();
    }
  });
});
