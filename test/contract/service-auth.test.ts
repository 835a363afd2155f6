import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceTokenSigner } from '../../src/http/service-token.js';
import { ServiceName } from '../../src/http/service-token.js';
import { createPeers } from '../../src/peers/index.js';
import { PeerHttpError } from '../../src/peers/resilient-http.js';
import { SERVICE_JWT_SECRET, newTenant, startContractFixture, type ContractFixture } from './sandbox-fixture.js';

let fixture: ContractFixture;
beforeAll(async () => {
  fixture = await startContractFixture();
});
afterAll(async () => {
  await fixture.close();
});

const signer = createServiceTokenSigner(SERVICE_JWT_SECRET, ServiceName.order);

/** One read-only /internal route per peer. */
function internalRoutes(): { peer: string; url: string; audience: ServiceName }[] {
  return [
    { peer: 'ticket', url: `${fixture.sandbox.urls.ticket}/internal/v1/events/${randomUUID()}/ticket-types`, audience: ServiceName.ticket },
    { peer: 'event', url: `${fixture.sandbox.urls.event}/internal/v1/events/${randomUUID()}`, audience: ServiceName.event },
    { peer: 'payment', url: `${fixture.sandbox.urls.payment}/internal/v1/payment-intents/${randomUUID()}/cancel`, audience: ServiceName.payment },
  ];
}

async function call(url: string, headers: Record<string, string>): Promise<{ status: number; contentType: string | null; body: unknown }> {
  const method = url.endsWith('/cancel') ? 'POST' : 'GET';
  const response = await fetch(url, { method, headers: { 'x-tenant-id': randomUUID(), ...headers } });
  return { status: response.status, contentType: response.headers.get('content-type'), body: await response.json() };
}

describe('service tokens on the sandbox /internal routes', () => {
  it.each(['ticket', 'event', 'payment'])('%s: refuses a call without a token with a 401 problem', async (peer) => {
    const route = internalRoutes().find((candidate) => candidate.peer === peer);
    if (!route) throw new Error(peer);
    const { status, contentType, body } = await call(route.url, {});
    expect(status).toBe(401);
    expect(contentType).toContain('application/problem+json');
    expect(body).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it.each(['ticket', 'event', 'payment'])('%s: refuses a token meant for another service', async (peer) => {
    const route = internalRoutes().find((candidate) => candidate.peer === peer);
    if (!route) throw new Error(peer);
    const otherAudience = route.audience === ServiceName.ticket ? ServiceName.payment : ServiceName.ticket;
    const { status } = await call(route.url, { authorization: `Bearer ${await signer.tokenFor(otherAudience)}` });
    expect(status).toBe(401);
  });

  it('refuses a token signed with another secret', async () => {
    const forger = createServiceTokenSigner('not-the-platform-secret-0123456789', ServiceName.order);
    const [route] = internalRoutes();
    if (!route) throw new Error('no route');
    expect((await call(route.url, { authorization: `Bearer ${await forger.tokenFor(route.audience)}` })).status).toBe(401);
  });

  it('accepts a token for the right audience, and then requires a tenant', async () => {
    for (const route of internalRoutes()) {
      const authorization = `Bearer ${await signer.tokenFor(route.audience)}`;
      expect((await call(route.url, { authorization })).status).not.toBe(401);
      const method = route.url.endsWith('/cancel') ? 'POST' : 'GET';
      const withoutTenant = await fetch(route.url, { method, headers: { authorization } });
      expect(withoutTenant.status).toBe(400);
      await withoutTenant.text();
    }
  });

  it('surfaces a refused token to our client as a 401 PeerHttpError, not as the peer being down', async () => {
    const misconfigured = createPeers({
      urls: fixture.sandbox.urls,
      signer: createServiceTokenSigner('not-the-platform-secret-0123456789', ServiceName.order),
      retry: { delaysMs: [1] },
    });
    const error = await misconfigured.tickets.listTicketTypes(randomUUID(), newTenant()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PeerHttpError);
    expect(error).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(misconfigured.breakerStates()).toEqual({ ticket: 'closed', event: 'closed', payment: 'closed' });
  });
});
