/**
 * Service-to-service tokens (SPEC §4): HS256 JWTs signed with SERVICE_JWT_SECRET, `sub` = calling
 * service, `aud` = called service. Used by our peer clients (signing) and by /internal/v1/* (verifying);
 * the sandbox peers verify our calls with the same functions.
 */
import { SignJWT, jwtVerify, errors as joseErrors, type CryptoKey } from 'jose';
import { Unauthenticated } from '../errors.js';
import { VerifiedTokenCache } from './token-cache.js';
import { CLOCK_SKEW_SECONDS, checkTokenTimes } from './token-times.js';

const ALG = 'HS256';
const TOKEN_TTL_SECONDS = 300;

export interface ServiceTokenSigner {
  /** A token for calls to `audience`; cached and renewed well before it expires. */
  tokenFor(audience: string): Promise<string>;
}

export function createServiceTokenSigner(secret: string, issuer: string): ServiceTokenSigner {
  const key = new TextEncoder().encode(secret);
  const cache = new Map<string, { token: string; renewAt: number }>();
  return {
    async tokenFor(audience) {
      const cached = cache.get(audience);
      if (cached && cached.renewAt > Date.now()) return cached.token;
      const token = await new SignJWT({})
        .setProtectedHeader({ alg: ALG, typ: 'JWT' })
        .setSubject(issuer)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(`${TOKEN_TTL_SECONDS}s`)
        .sign(key);
      cache.set(audience, { token, renewAt: Date.now() + (TOKEN_TTL_SECONDS / 2) * 1000 });
      return token;
    },
  };
}

/**
 * The HMAC key of a secret, imported once: given raw bytes, jose imports the key again on every call, which
 * doubles the cost of verifying (every internal call, and every call the sandbox peers receive). Keyed by
 * the secret itself; a process knows one or two.
 */
const verifyKeys = new Map<string, Promise<CryptoKey>>();

function verifyKeyOf(secret: string): Promise<CryptoKey> {
  let key = verifyKeys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
    verifyKeys.set(secret, key);
  }
  return key;
}

/** Service tokens verified per secret and audience: a caller sends the same token for minutes (TOKEN_TTL_SECONDS). */
const verifiedTokens = new Map<string, VerifiedTokenCache<string>>();

/** Verifies a service token meant for `audience`; answers the calling service's name. */
export async function verifyServiceToken(token: string, secret: string, audience: string): Promise<string> {
  const cacheKey = `${audience}\n${secret}`;
  let verified = verifiedTokens.get(cacheKey);
  if (!verified) {
    verified = new VerifiedTokenCache<string>(1000);
    verifiedTokens.set(cacheKey, verified);
  }
  const known = verified.get(token);
  if (known !== undefined) return known;
  try {
    const { payload } = await jwtVerify(token, await verifyKeyOf(secret), {
      algorithms: [ALG],
      audience,
      requiredClaims: ['exp', 'sub'],
      clockTolerance: CLOCK_SKEW_SECONDS,
    });
    // Service tokens live minutes (TOKEN_TTL_SECONDS); their exp bounds them, so no maximum age beyond it.
    const acceptableUntil = checkTokenTimes(payload, Math.floor(Date.now() / 1000), 0);
    if (typeof payload.sub !== 'string' || payload.sub.length === 0) throw new Unauthenticated('The service token has no subject');
    verified.set(token, payload.sub, acceptableUntil);
    return payload.sub;
  } catch (error) {
    if (error instanceof Unauthenticated) throw error;
    if (error instanceof joseErrors.JOSEError) throw new Unauthenticated('The service token is not valid');
    throw error;
  }
}

/** Reads `Authorization: Bearer <token>`; undefined when absent or malformed. */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(header.trim());
  return match?.[1];
}
