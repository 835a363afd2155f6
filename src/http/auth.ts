/**
 * Authentication and authorization at the edge (SPEC §4). User JWTs carry the tenant and roles; service
 * tokens guard /internal/v1/*. Each route declares who may call it in its `config.auth`; the hook runs
 * on every request before anything is parsed, so tenant context can never come before identity.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { importSPKI, jwtVerify, errors as joseErrors, type JWTPayload, type CryptoKey } from 'jose';
import type { JwtConfig } from '../config.js';
import { Forbidden, Unauthenticated } from '../errors.js';
import type { ServiceName } from './service-token.js';
import { bearerToken, verifyServiceToken } from './service-token.js';
import { VerifiedTokenCache } from './token-cache.js';
import { isUuid } from '../uuid.js';
import { CLOCK_SKEW_SECONDS, checkTokenTimes } from './token-times.js';

export const ROLES = ['customer', 'support', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The authenticated user of a request. */
export interface Principal {
  userId: string;
  tenantId: string;
  roles: Role[];
  vip: boolean;
  ip: string;
}

export type RouteAuth =
  | { kind: 'public' }
  | { kind: 'user'; roles?: readonly Role[] }
  | { kind: 'service'; services: readonly ServiceName[] }
  | { kind: 'signature' };

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: RouteAuth;
  }
  interface FastifyRequest {
    principal: Principal | null;
    callerService: string | null;
  }
}


export function isStaff(principal: Principal): boolean {
  return principal.roles.includes('support') || principal.roles.includes('admin');
}

export function isAdmin(principal: Principal): boolean {
  return principal.roles.includes('admin');
}

export interface UserTokenVerifier {
  verify(token: string): Promise<Omit<Principal, 'ip'>>;
}

export async function createUserTokenVerifier(config: JwtConfig): Promise<UserTokenVerifier> {
  let key: Uint8Array | CryptoKey;
  if (config.algorithm === 'HS256') {
    if (!config.secret) throw new Error('JWT_SECRET is required for HS256');
    // Imported once: given raw bytes, jose imports the key again on every verification (~2x the CPU).
    key = await crypto.subtle.importKey('raw', new TextEncoder().encode(config.secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  } else {
    if (!config.publicKey) throw new Error('JWT_PUBLIC_KEY is required for RS256/ES256');
    key = await importSPKI(config.publicKey, config.algorithm);
  }
  const verified = new VerifiedTokenCache<Omit<Principal, 'ip'>>();
  return {
    async verify(token) {
      const known = verified.get(token);
      if (known) return known;
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, key, {
          algorithms: [config.algorithm],
          requiredClaims: ['exp', 'sub'],
          // nbf within the skew is accepted here; checkTokenTimes holds exp exactly and bounds iat and nbf.
          clockTolerance: CLOCK_SKEW_SECONDS,
          ...(config.issuer ? { issuer: config.issuer } : {}),
          ...(config.audience ? { audience: config.audience } : {}),
        }));
      } catch (error) {
        if (error instanceof joseErrors.JWTExpired) throw new Unauthenticated('The token has expired');
        if (error instanceof joseErrors.JOSEError) throw new Unauthenticated('The token is not valid');
        throw error;
      }
      const acceptableUntil = checkTokenTimes(payload, Math.floor(Date.now() / 1000), config.maxAgeSeconds);
      const principal = principalFromClaims(payload);
      verified.set(token, principal, acceptableUntil);
      return principal;
    },
  };
}

function principalFromClaims(payload: JWTPayload): Omit<Principal, 'ip'> {
  const { sub, tenantId, roles, vip } = payload as JWTPayload & { tenantId?: unknown; roles?: unknown; vip?: unknown };
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > 255) throw new Unauthenticated('The token has no valid subject');
  if (!isUuid(tenantId)) throw new Unauthenticated('The token has no valid tenantId');
  if (!Array.isArray(roles)) throw new Unauthenticated('The token has no roles');
  const known = roles.filter((role): role is Role => typeof role === 'string' && (ROLES as readonly string[]).includes(role));
  if (known.length === 0) throw new Unauthenticated('The token has no known role');
  if (vip !== undefined && typeof vip !== 'boolean') throw new Unauthenticated('The vip claim must be a boolean');
  return { userId: sub, tenantId: tenantId.toLowerCase(), roles: known, vip: vip === true };
}

function defaultAuth(url: string): RouteAuth {
  if (url.startsWith('/health') || url === '/metrics' || url.startsWith('/docs') || url.startsWith('/admin')) return { kind: 'public' };
  if (url.startsWith('/internal/')) return { kind: 'service', services: [] };
  return { kind: 'user' };
}

export interface AuthOptions {
  users: UserTokenVerifier;
  serviceJwtSecret: string;
  serviceName: string;
}

export function registerAuth(app: FastifyInstance, options: AuthOptions): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('callerService', null);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const auth = request.routeOptions.config?.auth ?? defaultAuth(request.url);
    if (auth.kind === 'public' || auth.kind === 'signature') return;
    const token = bearerToken(request.headers.authorization);
    if (!token) throw new Unauthenticated('A bearer token is required');
    if (auth.kind === 'service') {
      const caller = await verifyServiceToken(token, options.serviceJwtSecret, options.serviceName);
      if (!auth.services.includes(caller as ServiceName)) throw new Forbidden(`Service ${caller} may not call this route`);
      request.callerService = caller;
      return;
    }
    const principal = { ...(await options.users.verify(token)), ip: request.ip };
    if (auth.roles && !auth.roles.some((role) => principal.roles.includes(role))) {
      throw new Forbidden(`This route needs one of the roles: ${auth.roles.join(', ')}`);
    }
    request.principal = principal;
  });
}

/** The principal of a route that declared user auth; throws if the route was misconfigured. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new Unauthenticated('A bearer token is required');
  return request.principal;
}
