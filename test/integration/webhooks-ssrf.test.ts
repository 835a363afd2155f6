/**
 * Webhooks never reach the service's own network (SPEC §16): in strict mode (WEBHOOK_ALLOW_PRIVATE_URLS=false,
 * the production default) an endpoint must be https and public, checked when it is saved and again when each
 * attempt connects, on the address the name resolves to then; a redirect is never followed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LookupAddress } from 'node:dns';
import { WebhookService, sendWebhook, type HostResolver } from '../../src/modules/webhooks/index.js';
import { bearer, expectProblem } from '../support/orders.js';
import { createEndpoint, deliveryWhere, receivedAtLeast, startReceiver, useWebhookTestService, type Receiver } from '../support/webhooks.js';

const svc = useWebhookTestService({ env: { WEBHOOK_ALLOW_PRIVATE_URLS: 'false', WEBHOOK_DELIVERY_INTERVAL_MS: '50' } });
let local: Receiver;
beforeAll(async () => {
  local = await startReceiver();
});
afterAll(async () => {
  await local.close();
});

/** A resolver that answers the names of the test with the addresses it is given. */
function resolverOf(names: Record<string, string[]>): HostResolver {
  return async (hostname) => {
    const addresses = names[hostname];
    if (!addresses) throw Object.assign(new Error(`${hostname} not found`), { code: 'ENOTFOUND' });
    return addresses.map((address): LookupAddress => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

describe('when an endpoint is saved', () => {
  it.each([
    'http://93.184.215.14/hook',
    'https://127.0.0.1/hook',
    'https://[::1]/hook',
    'https://[::ffff:127.0.0.1]/hook',
    'https://10.1.2.3/hook',
    'https://172.16.5.4/hook',
    'https://192.168.0.10/hook',
    'https://169.254.169.254/latest/meta-data/',
    'https://[fd00:ec2::254]/',
    'https://100.64.10.10/hook',
    'https://[fe80::1]/hook',
    'https://[fc00::5]/hook',
    'https://0.0.0.0/hook',
    'https://localhost/hook',
    'https://metadata.google.internal/computeMetadata/v1/',
    'https://does-not-exist.invalid/hook',
  ])('refuses %s with WEBHOOK_URL_REFUSED and stores nothing', async (url) => {
    const admin = await svc.tenant().admin();
    const response = await svc.request({ method: 'POST', url: '/api/v1/webhook-endpoints', headers: bearer(admin), payload: { url, events: ['*'] } });
    expect(expectProblem(response, 400, 'WEBHOOK_URL_REFUSED').errors?.[0]?.field).toBe('body.url');
    const list = await svc.request({ method: 'GET', url: '/api/v1/webhook-endpoints', headers: bearer(admin) });
    expect(list.json<{ data: unknown[] }>().data).toEqual([]);
  });

  it('accepts an https URL of a public address', async () => {
    const admin = await svc.tenant().admin();
    await createEndpoint(svc, admin, { url: 'https://93.184.215.14/hook' });
  });

  it('resolves a name and refuses it when any of its addresses is not public', async () => {
    const names = resolverOf({
      'hooks.example.com': ['93.184.215.14'],
      'rebound.example.com': ['93.184.215.14', '10.0.0.8'],
      'mapped.example.com': ['::ffff:169.254.169.254'],
    });
    const service = new WebhookService({ db: svc.infra.db, clock: { now: () => new Date() }, log: svc.app.log, settings: svc.config.webhooks, resolve: names });
    const principal = { userId: 'admin', tenantId: svc.tenant().id, roles: ['admin' as const], vip: false, ip: '127.0.0.1' };
    await expect(service.create(principal, { url: 'https://hooks.example.com/h', events: ['*'] })).resolves.toMatchObject({ endpoint: { url: 'https://hooks.example.com/h' } });
    await expect(service.create(principal, { url: 'https://rebound.example.com/h', events: ['*'] })).rejects.toMatchObject({ code: 'WEBHOOK_URL_REFUSED' });
    await expect(service.create(principal, { url: 'https://mapped.example.com/h', events: ['*'] })).rejects.toMatchObject({ code: 'WEBHOOK_URL_REFUSED' });
  });
});

describe('when an attempt is sent', () => {
  it('refuses at send time a stored URL whose host is no longer public, and never connects to it', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    const endpoint = await createEndpoint(svc, admin, { url: 'https://93.184.215.14/hook' });
    // What a name that resolved publicly when saved and points inside now amounts to: the stored host is loopback.
    const port = new URL(local.url).port;
    await svc.infra.db.tenant(tenant.id, (tx) => tx.query('UPDATE webhook_endpoints SET url = $2 WHERE id = $1', [endpoint.id, `https://[::ffff:127.0.0.1]:${port}/hook`]));
    const ping = await svc.request({ method: 'POST', url: `/api/v1/webhook-endpoints/${endpoint.id}/test`, headers: bearer(admin) });
    expect(ping.statusCode, ping.body).toBe(202);

    const refused = await deliveryWhere(svc, admin, endpoint.id, (d) => d.attempts.length > 0);
    expect(refused).toMatchObject({ status: 'PENDING', attempts: [{ outcome: 'refused', statusCode: null }] });
    expect(refused.attempts[0]?.error).toContain('loopback');
    expect(local.received).toHaveLength(0);
  });

  it('checks the address the name resolves to when connecting, for every class', async () => {
    const port = new URL(local.url).port;
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '10.0.0.1', '169.254.169.254', '100.64.0.1', 'fe80::1', 'fd00:ec2::254']) {
      const result = await sendWebhook(`https://hooks.example.com:${port}/`, {}, '{}', { timeoutMs: 2000, allowPrivate: false, resolve: resolverOf({ 'hooks.example.com': [address] }) });
      expect(result, address).toMatchObject({ outcome: 'refused', statusCode: null });
      expect(result.error).toContain(address);
    }
    expect(local.received).toHaveLength(0);

    // The same resolution, allowed: the connection goes to the address the resolver gave.
    const allowed = await sendWebhook(`http://hooks.example.com:${port}/`, {}, '{}', { timeoutMs: 2000, allowPrivate: true, resolve: resolverOf({ 'hooks.example.com': ['127.0.0.1'] }) });
    expect(allowed).toMatchObject({ outcome: 'succeeded', statusCode: 200 });
    await receivedAtLeast(local, 1);
    local.received.length = 0;
  });

  it('does not follow a redirect', async () => {
    const target = await startReceiver();
    try {
      local.answer((request) => (request.path === '/hop' ? { status: 302 } : { status: 200 }));
      const result = await sendWebhook(`${local.url}/hop`, {}, '{}', { timeoutMs: 2000, allowPrivate: true });
      expect(result).toMatchObject({ outcome: 'failed', statusCode: 302 });
      expect(target.received).toHaveLength(0);
    } finally {
      local.answer({ status: 200 });
      await target.close();
    }
  });
});
