/**
 * HTTP of the order export (SPEC §16): GET /api/v1/orders/export for staff, CSV or XLSX by `format` or by the
 * Accept header, streamed.
 */
import { PassThrough, type Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ORDER_STATUSES } from '../../core/order-status.js';
import { ValidationFailed } from '../../errors.js';
import { principalOf } from '../../http/auth.js';
import { UuidParam, problemResponses } from '../../http/common-schemas.js';
import { CSV_CONTENT_TYPE, prefersOverJson } from '../../http/representation.js';
import { BEARER, routeDefaults } from '../../http/route-plugin.js';
import { XLSX_CONTENT_TYPE, type ExportFilter, type ExportFormat } from './model.js';
import type { OrderExportService } from './service.js';

const STAFF = { kind: 'user', roles: ['support', 'admin'] } as const;

export const ExportQuery = Type.Object(
  {
    from: Type.Optional(Type.String({ format: 'date-time', description: 'orders created at or after this' })),
    to: Type.Optional(Type.String({ format: 'date-time', description: 'orders created before this' })),
    eventId: Type.Optional(UuidParam),
    status: Type.Optional(Type.String({ maxLength: 200, description: `one status or several, comma-separated: ${ORDER_STATUSES.join(', ')}` })),
    format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('xlsx')], { description: 'wins over the Accept header; default csv' })),
  },
  { additionalProperties: false },
);

/** The format asked: `format=` first, then Accept (XLSX when it ranks it above CSV), CSV otherwise. */
function formatOf(query: ExportFormat | undefined, accept: string | undefined): ExportFormat {
  if (query) return query;
  return prefersOverJson(accept, XLSX_CONTENT_TYPE) && !prefersOverJson(accept, 'text/csv') ? 'xlsx' : 'csv';
}

function filterOf(query: { from?: string; to?: string; eventId?: string; status?: string }): ExportFilter {
  const filter: ExportFilter = {};
  if (query.from) filter.from = new Date(query.from);
  if (query.to) filter.to = new Date(query.to);
  if (filter.from && filter.to && filter.from >= filter.to) {
    throw new ValidationFailed('The period is empty', [{ field: 'querystring.to', message: 'must be after from' }]);
  }
  if (query.eventId) filter.eventId = query.eventId;
  if (query.status) {
    const statuses = query.status.split(',').map((status) => status.trim().toUpperCase());
    const unknown = statuses.filter((status) => !(ORDER_STATUSES as readonly string[]).includes(status));
    if (unknown.length > 0) {
      throw new ValidationFailed('Unknown order status', [{ field: 'querystring.status', message: `must be among ${ORDER_STATUSES.join(', ')}` }]);
    }
    filter.statuses = statuses;
  }
  return filter;
}

export async function orderExportRoutes(parent: FastifyInstance, services: { orderExport: OrderExportService }): Promise<void> {
  await parent.register((scope) => exportScope(scope, services.orderExport), { prefix: '/api/v1/orders' });
}

async function exportScope(scope: FastifyInstance, orderExport: OrderExportService): Promise<void> {
  routeDefaults(scope, { tags: ['orders'], security: BEARER });
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/export',
    {
      config: { auth: STAFF },
      schema: {
        summary: "The tenant's orders as CSV or XLSX, one row per item, oldest first; streamed (any size in constant memory)",
        querystring: ExportQuery,
        response: {
          200: {
            description: 'The export (`Content-Disposition: attachment`). Money columns are integers in minor units of the row’s currency.',
            content: { 'text/csv': { schema: Type.Unsafe<Readable>({ type: 'string' }) }, [XLSX_CONTENT_TYPE]: { schema: Type.Unsafe<Readable>({ type: 'string', format: 'binary' }) } },
          },
          ...problemResponses(403),
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const filter = filterOf(request.query);
      const format = formatOf(request.query.format, request.headers.accept);
      const out = new PassThrough();
      const abandoned = new AbortController();
      reply.raw.on('close', () => {
        if (!reply.raw.writableFinished) abandoned.abort();
      });
      let markStarted: () => void = () => undefined;
      const started = new Promise<void>((resolve) => {
        markStarted = resolve;
      });
      const done = orderExport.export(principal, filter, format, out, markStarted, abandoned.signal);
      // A failure before the first byte (the database is away) is answered as a problem; later it cuts the stream.
      await Promise.race([started, done]);
      done.catch((error: unknown) => {
        if (!abandoned.signal.aborted) request.log.error({ err: error }, 'order export failed while streaming');
        out.destroy(error instanceof Error ? error : new Error('order export failed'));
      });
      const stamp = new Date().toISOString().slice(0, 10);
      return reply
        .type(format === 'xlsx' ? XLSX_CONTENT_TYPE : CSV_CONTENT_TYPE)
        .header('content-disposition', `attachment; filename="orders-${stamp}.${format}"`)
        .header('cache-control', 'no-store')
        .send(out);
    },
  );
}
