/**
 * Synchronous HS256 user tokens for the load generator: autocannon's setupRequest is synchronous, and a
 * checkout bench needs a fresh user per request (the per-user rate limit is 10 checkouts a minute and a
 * user may hold at most 5 live orders per event). The claims are the ones src/http/auth.ts accepts.
 */
import { createHmac } from 'node:crypto';

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

export interface UserClaims {
  sub: string;
  tenantId: string;
  roles: ('customer' | 'support' | 'admin')[];
}

export function signUserTokenSync(secret: string, claims: UserClaims, ttlSeconds = 3600): string {
  const now = Math.floor(Date.now() / 1000);
  const payload = Buffer.from(JSON.stringify({ ...claims, iat: now, exp: now + ttlSeconds })).toString('base64url');
  const signature = createHmac('sha256', secret).update(`${HEADER}.${payload}`).digest('base64url');
  return `${HEADER}.${payload}.${signature}`;
}
