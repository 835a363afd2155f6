/**
 * The console's one way to the service: an openapi-fetch client typed by api-types.d.ts (generated from the
 * service's OpenAPI document, public routes only). The staff token lives in this module's memory only: never in
 * a URL, a cookie or storage, so closing or reloading the tab signs out. A 401 from any call signs out too.
 */
import createClient from 'openapi-fetch';
import type { paths } from './api-types';

export type { paths };

/** A problem+json document (RFC 9457) as the service answers it. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: { field: string; message: string }[];
  reasons?: string[];
}

export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? 'The request failed');
  }
}

export interface Session {
  token: string;
  userId: string;
  tenantId: string;
  roles: string[];
}

let current: Session | null = null;
const listeners = new Set<(session: Session | null) => void>();

export function session(): Session | null {
  return current;
}

export function onSessionChange(listener: (session: Session | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setSession(next: Session | null): void {
  current = next;
  for (const listener of listeners) listener(next);
}

export function signOut(): void {
  setSession(null);
}

export const api = createClient<paths>({ baseUrl: window.location.origin });

api.use({
  onRequest({ request }) {
    if (current) request.headers.set('authorization', `Bearer ${current.token}`);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401 && current) signOut();
    return response;
  },
});

/** The claims of a JWT, read without verifying (the service verifies; this only decides what the page offers). */
function claimsOf(token: string): { sub?: unknown; tenantId?: unknown; roles?: unknown } | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '='))) as { sub?: unknown };
  } catch {
    return null;
  }
}

export const STAFF_ROLES = ['support', 'admin'];

/**
 * Signs in with a staff token: a customer token is refused here, and the token must be accepted by a staff route
 * of the service (the dashboard's figures) before the console opens.
 */
export async function signIn(token: string): Promise<void> {
  const trimmed = token.trim();
  const claims = claimsOf(trimmed);
  if (!claims) throw new ProblemError({ title: 'Not a token', detail: 'Paste a JSON Web Token (three parts separated by dots).' });
  const roles = Array.isArray(claims.roles) ? claims.roles.filter((role): role is string => typeof role === 'string') : [];
  if (!roles.some((role) => STAFF_ROLES.includes(role))) {
    throw new ProblemError({ title: 'Not a staff token', code: 'FORBIDDEN', detail: 'This token has no support or admin role; the console is for the tenant’s staff.' });
  }
  const today = new Date().toISOString().slice(0, 10);
  // Not signed in yet: the token goes on this one call; a 401 here is a refused sign-in, not a sign-out.
  must(await api.GET('/api/v1/stats', { params: { query: { from: today, to: today } }, headers: { authorization: `Bearer ${trimmed}` } }));
  setSession({ token: trimmed, userId: String(claims.sub ?? ''), tenantId: String(claims.tenantId ?? ''), roles });
}

export function isAdmin(): boolean {
  return current?.roles.includes('admin') ?? false;
}

/** The data of an openapi-fetch answer, or a ProblemError carrying the problem document. */
export function must<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    const problem = (result.error ?? {}) as Problem;
    throw new ProblemError({ status: result.response.status, ...problem });
  }
  return result.data;
}

/** The developer's admin token, offered by the service in the embedded mode only (404 elsewhere). */
export async function developerToken(): Promise<string | null> {
  const response = await fetch(`${window.location.origin}/admin/developer-token`).catch(() => null);
  if (!response?.ok) return null;
  const body = (await response.json()) as { token?: unknown };
  return typeof body.token === 'string' ? body.token : null;
}

/** A fresh Idempotency-Key for one submitted action (a retry of the same click reuses it). */
export function idempotencyKey(): string {
  return crypto.randomUUID();
}
