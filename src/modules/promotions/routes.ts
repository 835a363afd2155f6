/**
 * HTTP of the promotions (SPEC §14): one plugin under /api/v1/promotions. Admins manage the codes; support
 * staff read them. Schemas here give validation, the TypeScript types and the OpenAPI entries at once.
 */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { formatRate } from '../../core/money.js';
import { PROMO_CODE_MAX_LENGTH } from '../../core/promotions.js';
import { principalOf } from '../../http/auth.js';
import { IdParams, IdempotencyHeaders, PaginationQuery, UuidParam, problemResponses } from '../../http/common-schemas.js';
import { Currency } from '../../peers/contract.js';
import type { Promotion } from './model.js';
import type { PromotionService } from './service.js';
import { BEARER, routeDefaults } from '../../http/route-plugin.js';

export const PROMOTIONS_PREFIX = '/api/v1/promotions';

const Timestamp = Type.String({ format: 'date-time' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** The code as written; its characters are checked by the core (validatePromotion), whose answer says which are allowed. */
const Code = Type.String({
  minLength: 1,
  maxLength: PROMO_CODE_MAX_LENGTH,
  description: `1 to ${PROMO_CODE_MAX_LENGTH} letters, digits, "-" or "_"; unique per tenant, case-insensitively`,
});

export const PromotionBody = Type.Object(
  {
    code: Code,
    description: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
    type: Type.Union([Type.Literal('percent'), Type.Literal('fixed')]),
    value: Type.Union([Type.String({ maxLength: 12 }), Type.Integer()], {
      description: 'percent: a decimal percent string in (0, 100], e.g. "15"; fixed: minor units of `currency`',
    }),
    currency: Type.Optional(Nullable(Currency)),
    eventIds: Type.Optional(Nullable(Type.Array(UuidParam, { minItems: 1, maxItems: 100 }))),
    ticketTypeIds: Type.Optional(Nullable(Type.Array(UuidParam, { minItems: 1, maxItems: 100 }))),
    startsAt: Type.Optional(Nullable(Timestamp)),
    endsAt: Type.Optional(Nullable(Timestamp)),
    maxRedemptions: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 2_000_000_000 }))),
    maxRedemptionsPerUser: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 2_000_000_000 }))),
    minSubtotal: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 10_000_000, description: "minor units of the order's currency, compared with the eligible tickets' subtotal" }))),
    active: Type.Optional(Type.Boolean({ description: 'default true' })),
  },
  { additionalProperties: false },
);
export type PromotionBody = Static<typeof PromotionBody>;

export const PromotionResponse = Type.Object({
  id: Type.String(),
  code: Type.String(),
  description: Nullable(Type.String()),
  type: Type.Union([Type.Literal('percent'), Type.Literal('fixed')]),
  value: Type.Union([Type.String(), Type.Integer()]),
  currency: Nullable(Type.String()),
  eventIds: Nullable(Type.Array(Type.String())),
  ticketTypeIds: Nullable(Type.Array(Type.String())),
  startsAt: Nullable(Timestamp),
  endsAt: Nullable(Timestamp),
  maxRedemptions: Nullable(Type.Integer()),
  maxRedemptionsPerUser: Nullable(Type.Integer()),
  minSubtotal: Nullable(Type.Integer()),
  active: Type.Boolean(),
  redemptions: Type.Integer({ description: 'redemptions held by orders pending, reserved or paid (cancelled and expired ones gave theirs back)' }),
  discountTotal: Type.Array(Type.Object({ currency: Type.String(), amount: Type.Integer() }), {
    description: 'the discount of those orders, per currency',
  }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type PromotionResponse = Static<typeof PromotionResponse>;

export const ListPromotionsQuery = Type.Object(
  {
    ...PaginationQuery,
    active: Type.Optional(Type.Boolean()),
    code: Type.Optional(Type.String({ minLength: 1, maxLength: PROMO_CODE_MAX_LENGTH, description: 'exact code, any case' })),
  },
  { additionalProperties: false },
);

const PromotionListResponse = Type.Object({ data: Type.Array(PromotionResponse), nextCursor: Nullable(Type.String()) });

export function toPromotionResponse(promotion: Promotion): PromotionResponse {
  const { value } = promotion;
  const iso = (date: Date | null) => (date ? date.toISOString() : null);
  return {
    id: promotion.id,
    code: promotion.code,
    description: promotion.description,
    type: value.type,
    value: value.type === 'percent' ? formatRate(value.rate) : value.amount,
    currency: value.type === 'fixed' ? value.currency : null,
    eventIds: promotion.eventIds ? [...promotion.eventIds] : null,
    ticketTypeIds: promotion.ticketTypeIds ? [...promotion.ticketTypeIds] : null,
    startsAt: iso(promotion.startsAt),
    endsAt: iso(promotion.endsAt),
    maxRedemptions: promotion.maxRedemptions,
    maxRedemptionsPerUser: promotion.maxRedemptionsPerUser,
    minSubtotal: promotion.minSubtotal,
    active: promotion.active,
    redemptions: promotion.redemptions,
    discountTotal: promotion.discountTotal.map((total) => ({ ...total })),
    createdAt: promotion.createdAt.toISOString(),
    updatedAt: promotion.updatedAt.toISOString(),
  };
}

const ADMIN = { kind: 'user', roles: ['admin'] } as const;
const STAFF = { kind: 'user', roles: ['support', 'admin'] } as const;

/** The promotions area's routes, under /api/v1/promotions. */
export async function promotionRoutes(parent: FastifyInstance, services: { promotions: PromotionService }): Promise<void> {
  await parent.register((scope) => promotionScope(scope, services.promotions), { prefix: PROMOTIONS_PREFIX });
}

async function promotionScope(scope: FastifyInstance, promotions: PromotionService): Promise<void> {
  routeDefaults(scope, { tags: ['promotions'], security: BEARER });
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '',
    {
      config: { auth: ADMIN, idempotent: true },
      schema: {
        summary: 'Create a promo code',
        headers: IdempotencyHeaders,
        body: PromotionBody,
        response: { 201: PromotionResponse, ...problemResponses(403, 409, 503) },
      },
    },
    async (request, reply) => reply.code(201).send(toPromotionResponse(await promotions.create(principalOf(request), request.body))),
  );

  app.get(
    '',
    {
      config: { auth: STAFF },
      schema: {
        summary: 'Promo codes, newest first, with their redemptions and discount given',
        querystring: ListPromotionsQuery,
        response: { 200: PromotionListResponse, ...problemResponses(403) },
      },
    },
    async (request) => {
      const page = await promotions.list(principalOf(request), request.query);
      return { data: page.data.map(toPromotionResponse), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/:id',
    {
      config: { auth: STAFF },
      schema: { summary: 'One promo code', params: IdParams, response: { 200: PromotionResponse, ...problemResponses(403, 404) } },
    },
    async (request) => toPromotionResponse(await promotions.get(principalOf(request), request.params.id)),
  );

  app.put(
    '/:id',
    {
      config: { auth: ADMIN },
      schema: {
        summary: 'Replace a promo code’s definition; orders that used it keep their discount',
        params: IdParams,
        body: PromotionBody,
        response: { 200: PromotionResponse, ...problemResponses(403, 404, 409, 503) },
      },
    },
    async (request) => toPromotionResponse(await promotions.update(principalOf(request), request.params.id, request.body)),
  );

  app.delete(
    '/:id',
    {
      config: { auth: ADMIN },
      schema: {
        summary: 'Delete a promo code no order has used (a used one answers 409: deactivate it instead)',
        params: IdParams,
        response: { 204: Type.Null(), ...problemResponses(403, 404, 409) },
      },
    },
    async (request, reply) => {
      await promotions.remove(principalOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
}
