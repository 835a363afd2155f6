/**
 * The Idempotency-Key protocol for POSTs that create or move money or state (SPEC §3). A route opts in
 * with `config.idempotent`; the claim runs after authentication and validation, the answer is stored
 * on the way out (onSend) byte for byte — or, where the route lets it, by the transaction that makes it
 * (reply.answerInTransaction) — and replays carry `Idempotent-Replayed: true`.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../clock.js';
import { IdempotencyInProgress, IdempotencyKeyReused, ValidationFailed } from '../errors.js';
import type { CarriedWrite } from '../db/carried-write.js';
import type { IdempotencyScope, IdempotencyStore, StoredResponse } from './idempotency-store.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    idempotent?: boolean;
  }
  interface FastifyRequest {
    idempotency: IdempotencyScope | null;
  }
  interface FastifyReply {
    /**
     * For a route whose answer of `status` is final inside its last transaction: lets that transaction store
     * the answer under the request's Idempotency-Key (see TransactionalAnswer). Null when the request holds
     * no key, or the route has no response schema for `status`; the answer is then stored on the way out.
     */
    answerInTransaction(status: number): TransactionalAnswer | null;
  }
}

/**
 * The answer to an idempotent request, stored by the transaction that makes it true instead of by a statement
 * of its own after it (one commit fewer, and no moment where the change is committed and its answer is not).
 * If that transaction rolls back, nothing was stored and the key is completed or released on the way out as
 * for any other answer; a process that dies after the commit leaves the key completed with that answer.
 */
export interface TransactionalAnswer {
  /**
   * The write that stores `payload`, serialized as the route serializes it, as the answer: for a statement of
   * the transaction (the tenant transaction of the request's principal) to carry. The bytes are kept for send().
   */
  write(payload: unknown): CarriedWrite;
  /** True once write() was called. */
  readonly written: boolean;
  /** After the transaction that carried write() committed: answers exactly the bytes stored. */
  send(): FastifyReply;
}

/** What Fastify answers a JSON payload with (a string sent with it is sent as it is). */
const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

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

/** reply.answerInTransaction (see TransactionalAnswer). */
function transactionalAnswer(reply: FastifyReply, status: number, store: IdempotencyStore): TransactionalAnswer | null {
  const scope = reply.request.idempotency;
  // The serializer Fastify would use for this status (the route's response schema), so the bytes are the same.
  const serialize = reply.getSerializationFunction(String(status));
  if (!scope || !serialize) return null;
  let stored: StoredResponse | null = null;
  return {
    write(payload) {
      stored = { status, contentType: JSON_CONTENT_TYPE, body: serialize(payload as Record<string, unknown>) };
      return store.completionIn(scope, stored);
    },
    get written() {
      return stored !== null;
    },
    send() {
      if (!stored) throw new Error('answerInTransaction: send() before write()');
      // Stored already: the way out leaves the key alone.
      reply.request.idempotency = null;
      return reply.code(stored.status).type(stored.contentType).send(stored.body);
    },
  };
}

export function registerIdempotency(app: FastifyInstance, store: IdempotencyStore, clock: Clock): void {
  app.decorateRequest('idempotency', null);
  app.decorateReply('answerInTransaction', function answerInTransaction(this: FastifyReply, status: number): TransactionalAnswer | null {
    return transactionalAnswer(this, status, store);
  });

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
