/**
 * Authentication at the edge beyond the signature: the time claims of user tokens (iat/nbf in the future,
 * maximum age) and the per-address rate limit of the routes that carry no user (webhooks).
 */
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paymentSignature } from '../../sandbox/payment-app.js';
import { TEST_SECRETS, startTestService, type TestService } from '../support/harness.js';
import { bearer, expectProblem } from '../support/order-factories.js';
import { disputeWebhook } from './disputes-fixtures.js';

let svc: TestService;
beforeAll(async () => {
  svc = await startTestService({ messaging: false, env: { JWT_MAX_AGE_SECONDS: '3600', WEBHOOK_RATE_LIMIT_PER_MINUTE: '3' } });
});
afterAll(async () => {
  await svc?.close();
});

const nowSeconds = () => Math.floor(Date.now() / 1000);

function token(times: { iat?: number; nbf?: number; exp: number }): Promise<string> {
  let jwt = new SignJWT({ tenantId: randomUUID(), roles: ['customer'] }).setProtectedHeader({ alg: 'HS256' }).setSubject(`user-${randomUUID()}`).setExpirationTime(times.exp);
  if (times.iat !== undefined) jwt = jwt.setIssuedAt(times.iat);
  if (times.nbf !== undefined) jwt = jwt.setNotBefore(times.nbf);
  return jwt.sign(new TextEncoder().encode(TEST_SECRETS.JWT_SECRET));
}

const listWith = async (jwt: string) => svc.request({ method: 'GET', url: '/api/v1/orders', headers: bearer(jwt) });

describe('token times', () => {
  it('accepts iat and nbf up to 60 s ahead of the clock (skew), refuses them further ahead', async () => {
    const now = nowSeconds();
    expect((await listWith(await token({ iat: now + 30, nbf: now + 30, exp: now + 600 }))).statusCode).toBe(200);
    expectProblem(await listWith(await token({ iat: now + 120, exp: now + 600 })), 401, 'UNAUTHENTICATED');
    expectProblem(await listWith(await token({ iat: now, nbf: now + 120, exp: now + 600 })), 401, 'UNAUTHENTICATED');
  });

  it('refuses a token older than the maximum age whatever its exp, and one without iat when the maximum age applies', async () => {
    const now = nowSeconds();
    expect((await listWith(await token({ iat: now - 3000, exp: now + 86_400 }))).statusCode).toBe(200);
    const old = expectProblem(await listWith(await token({ iat: now - 3700, exp: now + 86_400 })), 401, 'UNAUTHENTICATED');
    expect(old.detail).toContain('maximum token age');
    expectProblem(await listWith(await token({ exp: now + 600 })), 401, 'UNAUTHENTICATED');
  });

  it('stops accepting a remembered token once it passes the maximum age', async () => {
    // Issued just under the maximum age ago: accepted now, and verified tokens are remembered...
    const now = nowSeconds();
    const nearlyOld = await token({ iat: now - 3598, exp: now + 86_400 });
    expect((await listWith(nearlyOld)).statusCode).toBe(200);
    // ...but only until iat + maximum age, not until exp.
    await expect.poll(async () => (await listWith(nearlyOld)).statusCode, { timeout: 6000, interval: 250 }).toBe(401);
  });
});

describe('webhooks: rate limit per client address', () => {
  it('answers 429 RATE_LIMITED with Retry-After past the limit of one address, and counts other addresses apart', async () => {
    const address = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const send = (remoteAddress: string) => {
      const body = JSON.stringify(disputeWebhook());
      return svc.request({
        method: 'POST',
        url: '/webhooks/payment',
        remoteAddress,
        headers: { 'content-type': 'application/json', 'payment-signature': paymentSignature(svc.config.paymentWebhookSecret, body, nowSeconds()) },
        payload: body,
      });
    };
    for (let i = 0; i < 3; i += 1) expect((await send(address)).statusCode).toBe(200);
    const limited = expectProblem(await send(address), 429, 'RATE_LIMITED');
    expect(limited.status).toBe(429);
    expect(Number((await send(address)).headers['retry-after'])).toBeGreaterThan(0);
    expect((await send(`${address.split('.').slice(0, 3).join('.')}.251`)).statusCode).toBe(200);
  });
});
