/**
 * Signing user tokens, for the development token printed at start-up and for tests. Production tokens come
 * from the platform's identity provider; this service only verifies them (src/http/auth.ts).
 */
import { SignJWT } from 'jose';
import type { Role } from './auth.js';

export interface UserClaims {
  sub: string;
  tenantId: string;
  roles: Role[];
  vip?: boolean;
}

export async function signUserToken(
  secret: string,
  claims: UserClaims,
  options: { ttlSeconds?: number; issuer?: string; audience?: string } = {},
): Promise<string> {
  let jwt = new SignJWT({ tenantId: claims.tenantId, roles: claims.roles, ...(claims.vip !== undefined ? { vip: claims.vip } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(`${options.ttlSeconds ?? 3600}s`);
  if (options.issuer) jwt = jwt.setIssuer(options.issuer);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
