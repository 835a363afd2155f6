/** HTTP of the documents area (SPEC §15), one plugin under /api/v1: parse, authorize, call one use case, serialize. */
import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { principalOf, type Role } from '../../http/auth.js';
import { IdParams, problemResponses } from '../../http/common-schemas.js';
import { CSV_CONTENT_TYPE, prefersOverJson } from '../../http/representation.js';
import { renderDocumentPdf } from './pdf.js';
import {
  DocumentListResponse,
  DocumentResponse,
  InvoiceSettingsBody,
  InvoiceSettingsResponse,
  ListDocumentsQuery,
  toDocumentResponse,
  toDocumentsCsv,
  toInvoiceSettingsResponse,
} from './schemas.js';
import type { DocumentService } from './service.js';
import type { IssuedDocument } from './model.js';

const STAFF: readonly Role[] = ['support', 'admin'];
const ADMIN: readonly Role[] = ['admin'];
/** Rows read per statement while a CSV export walks the whole period. */
const CSV_PAGE = 100;

export const documentRoutes: FastifyPluginAsync<{ documents: DocumentService }> = async (parent, { documents }) => {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['documents'];
  const security = [{ bearerAuth: [] }];

  app.get(
    '/invoice-settings',
    {
      config: { auth: { kind: 'user', roles: ADMIN } },
      schema: { tags, security, summary: "The tenant's invoice settings", response: { 200: InvoiceSettingsResponse, ...problemResponses(403) } },
    },
    async (request) => toInvoiceSettingsResponse(await documents.settings(principalOf(request))),
  );

  app.put(
    '/invoice-settings',
    {
      config: { auth: { kind: 'user', roles: ADMIN } },
      schema: {
        tags,
        security,
        summary: 'Replace the invoice settings: seller, number prefixes, footer, locale (documents issued later use them)',
        body: InvoiceSettingsBody,
        response: { 200: InvoiceSettingsResponse, ...problemResponses(403) },
      },
    },
    async (request) => {
      const { seller, invoicePrefix = 'INV-', creditNotePrefix = 'CN-', footer = null, locale = 'en-US' } = request.body;
      return toInvoiceSettingsResponse(await documents.updateSettings(principalOf(request), { seller, invoicePrefix, creditNotePrefix, footer, locale }));
    },
  );

  app.get(
    '/orders/:id/documents',
    {
      schema: {
        tags,
        security,
        summary: "An order's invoices and credit notes, in the order they were issued",
        params: IdParams,
        response: { 200: Type.Object({ data: Type.Array(DocumentResponse) }), ...problemResponses(404) },
      },
    },
    async (request) => ({ data: (await documents.orderDocuments(principalOf(request), request.params.id)).map(toDocumentResponse) }),
  );

  app.get(
    '/documents',
    {
      config: { auth: { kind: 'user', roles: STAFF } },
      schema: {
        tags,
        security,
        summary: "The tenant's documents issued in [from, to), newest first; with Accept: text/csv every document of the period as CSV",
        querystring: ListDocumentsQuery,
        response: {
          200: {
            description: 'A page of documents, or the whole period as CSV',
            content: { 'application/json': { schema: DocumentListResponse }, 'text/csv': { schema: Type.String() } },
          },
          ...problemResponses(403),
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { from, to, type, limit, cursor } = request.query;
      const filter = { ...(type ? { type } : {}), ...(from ? { from: new Date(from) } : {}), ...(to ? { to: new Date(to) } : {}) };
      reply.header('vary', 'Accept');
      if (prefersOverJson(request.headers.accept, 'text/csv')) {
        const all: IssuedDocument[] = [];
        let next: string | undefined;
        do {
          const page = await documents.list(principal, { ...filter, limit: CSV_PAGE, ...(next ? { cursor: next } : {}) });
          all.push(...page.data);
          next = page.nextCursor ?? undefined;
        } while (next);
        return reply.type(CSV_CONTENT_TYPE).send(toDocumentsCsv(all));
      }
      const page = await documents.list(principal, { ...filter, limit, ...(cursor ? { cursor } : {}) });
      return reply.type('application/json; charset=utf-8').send({ data: page.data.map(toDocumentResponse), nextCursor: page.nextCursor });
    },
  );

  app.get(
    '/documents/:id',
    {
      schema: {
        tags,
        security,
        summary: 'One invoice or credit note as JSON, or as a PDF with Accept: application/pdf',
        params: IdParams,
        response: {
          200: {
            description: 'The document',
            content: { 'application/json': { schema: DocumentResponse }, 'application/pdf': { schema: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }) } },
          },
          ...problemResponses(404),
        },
      },
    },
    async (request, reply) => {
      const document = await documents.get(principalOf(request), request.params.id);
      reply.header('vary', 'Accept');
      if (prefersOverJson(request.headers.accept, 'application/pdf')) {
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="${document.number.replace(/[^A-Za-z0-9_.-]/g, '_')}.pdf"`)
          .send(await renderDocumentPdf(document));
      }
      return reply.type('application/json; charset=utf-8').send(toDocumentResponse(document));
    },
  );
};
