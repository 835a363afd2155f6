/**
 * The Idempotency-Key protocol for POSTs that create or move money or state (SPEC §3). A route opts in
 * with `config.idempotent`; the claim runs after authentication and validation, the answer is stored
 * on the way out (onSend) byte for byte, and replays carry `Idempotent-Replayed: true`.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../clock.js';
import { IdempotencyInProgress, IdempotencyKeyReused, ValidationFailed } from '../errors.js';
import type { IdempotencyScope, IdempotencyStore } from './idempotency-store.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    idempotent?: boolean;
  }
  interface FastifyRequest {
    idempotency: IdempotencyScope | null;
  }
}

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** JSON with object keys sorted, so the same body always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function requestHash(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${canonicalJson(request.body ?? null)}`)
    .digest('hex');
}

export function registerIdempotency(app: FastifyInstance, store: IdempotencyStore, clock: Clock): void {
  app.decorateRequest('idempotency', null);

  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.routeOptions.config?.idempotent || !request.principal) return;
    const header = request.headers['idempotency-key'];
    if (header === undefined) return;
    if (typeof header !== 'string' || !KEY_PATTERN.test(header)) {
      throw new ValidationFailed('Idempotency-Key must be 1–255 printable characters', [
        { field: 'header.idempotency-key', message: 'must be 1–255 printable ASCII characters' },
      ]);
    }
    const scope = { tenantId: request.principal.tenantId, userId: request.principal.userId, key: header };
    const claim = await store.claim(scope, requestHash(request), clock.now());
    switch (claim.kind) {
      case 'claimed':
        request.idempotency = scope;
        return;
      case 'mismatch':
        throw new IdempotencyKeyReused('This Idempotency-Key was used with a different request');
      case 'in_progress':
        throw new IdempotencyInProgress('A request with this Idempotency-Key is still running');
      case 'replay':
        return reply.code(claim.status).header('idempotent-replayed', 'true').type(claim.contentType).send(claim.body);
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const scope = request.idempotency;
    if (!scope) return payload;
    request.idempotency = null;
    const status = reply.statusCode;
    try {
      if (status >= 500 || status === 429) {
        await store.release(scope);
      } else {
        const body = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : '';
        const contentType = String(reply.getHeader('content-type') ?? 'application/json');
        await store.complete(scope, { status, contentType, body });
      }
    } catch (error) {
      // The answer still goes out; the key stays in progress until its lease passes, then can be retried.
      request.log.error({ err: error }, 'could not record the idempotent response');
    }
    return payload;
  });
}
