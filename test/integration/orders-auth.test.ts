/**
 * Authentication at the edge (SPEC §4): only HS256 user tokens signed with JWT_SECRET, with exp, sub, a UUID
 * tenantId and a known role, get in; everything else is 401 problem+json. Internal routes take only the
 * service tokens they name.
 */
import { SignJWT, type JWTPayload } from 'jose';
import { describe, expect, it } from 'vitest';
import { useTestService, TEST_SECRETS } from '../support/harness.js';
import { bearer, expectProblem, placeOrder } from '../support/orders.js';

const svc = useTestService();

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** A user token with any claims, signed HS256 with `secret` (the service's own unless told otherwise). */
function signed(claims: JWTPayload, options: { secret?: string; exp?: number | null } = {}): Promise<string> {
  let jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuedAt();
  if (options.exp !== null) jwt = jwt.setExpirationTime(options.exp ?? nowSeconds() + 600);
  return jwt.sign(new TextEncoder().encode(options.secret ?? TEST_SECRETS.JWT_SECRET));
}

const validClaims = (tenantId: string): JWTPayload => ({ sub: 'user-1', tenantId, roles: ['customer'] });

async function expectUnauthenticated(headers: Record<string, string>): Promise<void> {
  for (const request of [
    { method: 'GET' as const, url: '/api/v1/orders' },
    { method: 'POST' as const, url: '/api/v1/orders', payload: { eventId: '3b241101-e2bb-4255-8caf-4136c566a962', items: [] } },
  ]) {
    const response = await svc.request({ ...request, headers });
    expectProblem(response, 401, 'UNAUTHENTICATED');
  }
}

describe('user tokens', () => {
  it('lets a valid token in (the baseline for the refusals below)', async () => {
    const tenant = svc.tenant();
    const response = await svc.request({ method: 'GET', url: '/api/v1/orders', headers: bearer(await signed(validClaims(tenant.id))) });
    expect(response.statusCode).toBe(200);
  });

  it('refuses a request without a token', async () => {
    await expectUnauthenticated({});
  });

  it('refuses a token that is not a JWT', async () => {
    await expectUnauthenticated(bearer('garbage'));
    await expectUnauthenticated(bearer('a.b.c'));
  });

  it('refuses credentials that are not a bearer token', async () => {
    const token = await signed(validClaims(svc.tenant().id));
    await expectUnauthenticated({ authorization: `Basic ${Buffer.from('user:pass').toString('base64')}` });
    await expectUnauthenticated({ authorization: token });
  });

  it('refuses an expired token', async () => {
    await expectUnauthenticated(bearer(await signed(validClaims(svc.tenant().id), { exp: nowSeconds() - 60 })));
  });

  it('refuses a token it accepted before once the token has expired (verified tokens are remembered only until exp)', async () => {
    const exp = nowSeconds() + 1;
    const token = await signed(validClaims(svc.tenant().id), { exp });
    const first = await svc.request({ method: 'GET', url: '/api/v1/orders', headers: bearer(token) });
    expect(first.statusCode).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, exp * 1000 - Date.now()) + 50));
    await expectUnauthenticated(bearer(token));
  });

  it('refuses a copy of an accepted token with another payload or signature', async () => {
    const token = await signed(validClaims(svc.tenant().id));
    expect((await svc.request({ method: 'GET', url: '/api/v1/orders', headers: bearer(token) })).statusCode).toBe(200);
    const [header, , signature] = token.split('.');
    const otherTenant = base64url({ ...validClaims(svc.tenant().id), exp: nowSeconds() + 600 });
    await expectUnauthenticated(bearer(`${header}.${otherTenant}.${signature}`));
    await expectUnauthenticated(bearer(`${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`));
  });

  it('refuses a token without exp', async () => {
    await expectUnauthenticated(bearer(await signed(validClaims(svc.tenant().id), { exp: null })));
  });

  it('refuses an unsigned token (alg none)', async () => {
    const payload = { ...validClaims(svc.tenant().id), exp: nowSeconds() + 600 };
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.`;
    await expectUnauthenticated(bearer(unsigned));
    await expectUnauthenticated(bearer(unsigned.slice(0, -1)));
  });

  it('refuses a token whose header claims another algorithm than HS256', async () => {
    const payload = { ...validClaims(svc.tenant().id), exp: nowSeconds() + 600 };
    const forged = `${base64url({ alg: 'HS512', typ: 'JWT' })}.${base64url(payload)}.${'A'.repeat(86)}`;
    await expectUnauthenticated(bearer(forged));
  });

  it('refuses an HS256 token signed with another secret', async () => {
    await expectUnauthenticated(bearer(await signed(validClaims(svc.tenant().id), { secret: 'not-the-secret-0123456789abcdef0123' })));
  });

  it('refuses a token whose payload was altered after signing', async () => {
    const token = await signed(validClaims(svc.tenant().id));
    const [header, , signature] = token.split('.');
    const altered = `${header}.${base64url({ ...validClaims(svc.tenant().id), roles: ['admin'], exp: nowSeconds() + 600 })}.${signature}`;
    await expectUnauthenticated(bearer(altered));
  });

  it.each([
    ['no tenantId', { sub: 'user-1', roles: ['customer'] }],
    ['a tenantId that is not a UUID', { sub: 'user-1', tenantId: 'acme', roles: ['customer'] }],
    ['no sub', { tenantId: '3b241101-e2bb-4255-8caf-4136c566a962', roles: ['customer'] }],
    ['no roles', { sub: 'user-1', tenantId: '3b241101-e2bb-4255-8caf-4136c566a962' }],
    ['only unknown roles', { sub: 'user-1', tenantId: '3b241101-e2bb-4255-8caf-4136c566a962', roles: ['superuser'] }],
    ['a vip claim that is not a boolean', { sub: 'user-1', tenantId: '3b241101-e2bb-4255-8caf-4136c566a962', roles: ['customer'], vip: 'yes' }],
  ])('refuses a token with %s', async (_label, claims) => {
    await expectUnauthenticated(bearer(await signed(claims)));
  });

  // BUG (reported): src/app.ts registers the hook that echoes x-request-id after the auth and rate-limit hooks,
  // so a request refused there (401, 403, 429) carries no request id to correlate with the logs. Remove
  // `.fails` once fixed.
  it('echoes the request id on a 401 too', async () => {
    const response = await svc.request({ method: 'GET', url: '/api/v1/orders', headers: { 'x-request-id': 'trace-401' } });
    expect(response.statusCode).toBe(401);
    expect(response.headers['x-request-id']).toBe('trace-401');
  });

  it('does not take a service token as a user token', async () => {
    await expectUnauthenticated(bearer(await svc.serviceToken('payment-service')));
  });
});

describe('internal routes', () => {
  it('run the scheduler’s expire route only for the scheduler', async () => {
    const tenant = svc.tenant();
    const { order } = await placeOrder(svc, tenant);
    const expire = async (token?: string) =>
      svc.request({ method: 'POST', url: `/internal/v1/orders/${order.id}/expire`, headers: token ? bearer(token) : {} });

    expectProblem(await expire(), 401, 'UNAUTHENTICATED');
    expectProblem(await expire(await tenant.admin()), 401, 'UNAUTHENTICATED');
    expectProblem(await expire(await svc.serviceToken('payment-service')), 403, 'FORBIDDEN');
    expectProblem(await expire(await svc.serviceToken('scheduler', 'ticket-service')), 401, 'UNAUTHENTICATED');

    const expired = await expire(await svc.serviceToken('scheduler'));
    expect(expired.statusCode).toBe(200);
    expect(expired.json<{ status: string }>().status).toBe('EXPIRED');
  });

  it('refuses a service token it accepted before once the token has expired', async () => {
    const exp = nowSeconds() + 1;
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('scheduler')
      .setAudience('order-service')
      .setExpirationTime(exp)
      .sign(new TextEncoder().encode(TEST_SECRETS.SERVICE_JWT_SECRET));
    const call = () => svc.request({ method: 'GET', url: '/internal/v1/orders/expiring?limit=1', headers: bearer(token) });
    expect((await call()).statusCode).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, exp * 1000 - Date.now()) + 50));
    expectProblem(await call(), 401, 'UNAUTHENTICATED');
  });

  it('refuses a service token signed with another secret', async () => {
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('scheduler')
      .setAudience('order-service')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(TEST_SECRETS.JWT_SECRET));
    const response = await svc.request({ method: 'GET', url: '/internal/v1/orders/expiring', headers: bearer(token) });
    expectProblem(response, 401, 'UNAUTHENTICATED');
  });

  it('answers the scheduler the orders whose holds end soon', async () => {
    const tenant = svc.tenant();
    const { order } = await placeOrder(svc, tenant);
    const token = await svc.serviceToken('scheduler');

    const soon = await svc.request({ method: 'GET', url: '/internal/v1/orders/expiring?minutes=16&limit=1000', headers: bearer(token) });
    expect(soon.statusCode).toBe(200);
    const rows = soon.json<{ data: { id: string; tenantId: string; reservationExpiresAt: string }[] }>().data;
    const horizon = Date.now() + 16 * 60_000;
    expect(rows.every((row) => Date.parse(row.reservationExpiresAt) <= horizon)).toBe(true);
    expect(rows.every((row, index) => index === 0 || row.reservationExpiresAt >= rows[index - 1]!.reservationExpiresAt)).toBe(true);
    // The list spans every tenant of a database other test files share; soonest first, so ours is in it unless the page is full.
    if (rows.length < 1000) {
      expect(rows).toContainEqual(expect.objectContaining({ id: order.id, tenantId: tenant.id, reservationExpiresAt: order.reservationExpiresAt }));
    }

    const tooEarly = await svc.request({ method: 'GET', url: '/internal/v1/orders/expiring?minutes=5&limit=1000', headers: bearer(token) });
    expect(tooEarly.json<{ data: { id: string }[] }>().data.map((row) => row.id)).not.toContain(order.id);
  });
});
