/** Schemas shared by every area: problem documents, ids, pagination. */
import { Type, type TSchema } from '@sinclair/typebox';

export const UuidParam = Type.String({ format: 'uuid', description: 'A UUID' });

export const IdParams = Type.Object({ id: UuidParam }, { additionalProperties: false });

export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    code: Type.String({ description: 'Stable upper-snake error code' }),
    requestId: Type.Optional(Type.String({ description: 'The request id, as in the x-request-id header' })),
    errors: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
    reasons: Type.Optional(Type.Array(Type.String())),
  },
  { additionalProperties: true, description: 'RFC 9457 problem document' },
);

/** Error answers every authenticated route may give, for the OpenAPI document. */
export function problemResponses(...statuses: number[]): Record<number, TSchema> {
  // 503 OVERLOADED can answer any route (the overload guard and the connection caps).
  const all = new Set([400, 401, 500, 503, ...statuses]);
  return Object.fromEntries([...all].map((status) => [status, Problem]));
}

export const PaginationQuery = {
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
};

export const IdempotencyHeaders = Type.Object(
  { 'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 255 })) },
  { additionalProperties: true },
);
