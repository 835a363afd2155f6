/** HTTP of personal data (SPEC §16): one plugin under /api/v1/privacy, admins only. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { principalOf } from '../../http/auth.js';
import { IdempotencyHeaders, problemResponses } from '../../http/common-schemas.js';
import { BEARER, routeDefaults } from '../../http/route-plugin.js';
import type { PrivacyService } from './service.js';

const ADMIN = { kind: 'user', roles: ['admin'] } as const;
const UserParams = Type.Object({ userId: Type.String({ minLength: 1, maxLength: 255, description: 'The buyer (the `sub` of their tokens)' }) }, { additionalProperties: false });
const Records = Type.Array(Type.Record(Type.String(), Type.Unknown()));

const ExportResponse = Type.Object({
  userId: Type.String(),
  tenantId: Type.String(),
  generatedAt: Type.String({ format: 'date-time' }),
  orders: Type.Array(Type.Record(Type.String(), Type.Unknown()), { description: 'each with its items and timeline' }),
  refunds: Records,
  disputes: Records,
  documents: Type.Array(Type.Record(Type.String(), Type.Unknown()), { description: 'invoices and credit notes issued to the buyer' }),
  taxExemptions: Records,
  promotionRedemptions: Records,
  erasure: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()], { description: 'the pseudonym and dates when the buyer was erased' }),
});

const ErasureResponse = Type.Object({
  userId: Type.String(),
  pseudonym: Type.String(),
  firstErasedAt: Type.String({ format: 'date-time' }),
  repeated: Type.Boolean({ description: 'an earlier erasure had been made' }),
  pseudonymised: Type.Object({ orders: Type.Integer(), timelineEntries: Type.Integer(), refundReasons: Type.Integer() }),
  deleted: Type.Object({ storedResponses: Type.Integer({ description: 'idempotency answers of the buyer’s requests' }) }),
  retained: Type.Array(
    Type.Object({ what: Type.String(), why: Type.String(), until: Type.Optional(Type.String({ format: 'date-time' })), ids: Type.Optional(Type.Array(Type.String())) }),
  ),
});

export async function privacyRoutes(parent: FastifyInstance, services: { privacy: PrivacyService }): Promise<void> {
  await parent.register((scope) => privacyScope(scope, services.privacy), { prefix: '/api/v1/privacy' });
}

async function privacyScope(scope: FastifyInstance, privacy: PrivacyService): Promise<void> {
  routeDefaults(scope, { tags: ['privacy'], security: BEARER });
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/users/:userId/export',
    {
      config: { auth: ADMIN },
      schema: {
        summary: 'Everything held about one buyer of the tenant: orders with items and timeline, refunds, disputes, documents, tax exemptions',
        params: UserParams,
        response: { 200: ExportResponse, ...problemResponses(403) },
      },
    },
    async (request) => {
      const data = await privacy.exportUser(principalOf(request), request.params.userId);
      return { ...data, generatedAt: data.generatedAt.toISOString() };
    },
  );

  app.post(
    '/users/:userId/erase',
    {
      config: { auth: ADMIN, idempotent: true },
      schema: {
        summary: "Replace the buyer's personal data with a pseudonym, keeping every amount; answers what was kept and why. Idempotent",
        params: UserParams,
        headers: IdempotencyHeaders,
        response: { 200: ErasureResponse, ...problemResponses(403) },
      },
    },
    async (request) => {
      const result = await privacy.erase(principalOf(request), request.params.userId);
      return { ...result, firstErasedAt: result.firstErasedAt.toISOString() };
    },
  );
}
