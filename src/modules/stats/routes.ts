/** HTTP of the dashboard's figures (SPEC §17): GET /api/v1/stats, for the tenant's staff. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { principalOf } from '../../http/auth.js';
import { problemResponses } from '../../http/common-schemas.js';
import { BEARER, routeDefaults } from '../../http/route-plugin.js';
import type { StatsService } from './service.js';

const Day = Type.String({ format: 'date', description: 'A UTC day, YYYY-MM-DD' });
const MoneyByCurrency = Type.Array(Type.Object({ currency: Type.String(), amount: Type.Integer({ description: 'minor units' }) }), {
  description: 'one entry per currency that had any, by currency code',
});

const StatsQuery = Type.Object(
  {
    from: Type.Optional({ ...Day, description: 'First day (UTC) included; default 29 days before `to`' }),
    to: Type.Optional({ ...Day, description: 'Last day (UTC) included; default today' }),
    interval: Type.Optional(Type.Literal('day', { default: 'day', description: 'Only days for now' })),
  },
  { additionalProperties: false },
);

const StatsResponse = Type.Object({
  from: Day,
  to: Day,
  interval: Type.Literal('day'),
  data: Type.Array(
    Type.Object({
      date: Day,
      orders: Type.Integer({ description: 'orders created that day' }),
      paidOrders: Type.Integer({ description: 'orders confirmed (paid) that day' }),
      revenue: MoneyByCurrency,
      refunds: Type.Integer({ description: 'refunds that succeeded that day' }),
      refundedAmount: MoneyByCurrency,
      disputes: Type.Integer({ description: 'payment disputes opened that day' }),
    }),
    { description: 'one entry per day of the period, oldest first, days without activity included' },
  ),
});

export async function statsRoutes(parent: FastifyInstance, services: { stats: StatsService }): Promise<void> {
  await parent.register(
    async (scope) => {
      routeDefaults(scope, { tags: ['stats'], security: BEARER });
      const app = scope.withTypeProvider<TypeBoxTypeProvider>();
      app.get(
        '/stats',
        {
          config: { auth: { kind: 'user', roles: ['support', 'admin'] } },
          schema: {
            summary: "The tenant's orders, revenue, refunds and disputes per UTC day (staff; at most 366 days)",
            querystring: StatsQuery,
            response: { 200: StatsResponse, ...problemResponses(403) },
          },
        },
        async (request) => {
          const { period, days } = await services.stats.daily(principalOf(request), request.query);
          return { from: period.from, to: period.to, interval: 'day' as const, data: days };
        },
      );
    },
    { prefix: '/api/v1' },
  );
}
