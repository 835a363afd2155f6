/** HTTP of the tax area (SPEC §7): parse, authorize, call one use case, serialize. No rules live here. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { principalOf, type Role } from '../../http/auth.js';
import { IdempotencyHeaders, problemResponses } from '../../http/common-schemas.js';
import { CSV_CONTENT_TYPE, prefersOverJson } from '../../http/representation.js';
import {
  AddRatesBody,
  CalculateBody,
  CalculationResponse,
  CreateExemptionBody,
  CreateJurisdictionBody,
  ExemptionListResponse,
  ExemptionParams,
  ExemptionResponse,
  JurisdictionListResponse,
  JurisdictionParams,
  JurisdictionResponse,
  ListExemptionsQuery,
  ListJurisdictionsQuery,
  TaxReportQuery,
  TaxReportResponse,
  TaxSettingsSchema,
  toCalculationResponse,
  toExemptionResponse,
  toJurisdictionResponse,
  toTaxReportCsv,
  toTaxReportResponse,
  toTaxSettingsResponse,
  UpdateJurisdictionBody,
} from './schemas.js';
import type { TaxService } from './service.js';

const STAFF: readonly Role[] = ['support', 'admin'];
const ADMIN: readonly Role[] = ['admin'];

export function registerTaxRoutes(parent: FastifyInstance, tax: TaxService): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['tax'];
  const security = [{ bearerAuth: [] }];
  const staffOnly = { auth: { kind: 'user' as const, roles: STAFF } };
  const adminOnly = { auth: { kind: 'user' as const, roles: ADMIN } };
  const adminCreates = { ...adminOnly, idempotent: true };

  // ---- jurisdictions

  app.get(
    '/api/v1/tax/jurisdictions',
    {
      config: staffOnly,
      schema: {
        tags,
        security,
        summary: 'Tax jurisdictions of the tenant, by code',
        querystring: ListJurisdictionsQuery,
        response: { 200: JurisdictionListResponse, ...problemResponses(403) },
      },
    },
    async (request) => {
      const page = await tax.listJurisdictions(principalOf(request), request.query);
      return { data: page.data.map(toJurisdictionResponse), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api/v1/tax/jurisdictions',
    {
      config: adminCreates,
      schema: {
        tags,
        security,
        summary: 'Create a jurisdiction with its match rule and dated rates',
        headers: IdempotencyHeaders,
        body: CreateJurisdictionBody,
        response: { 201: JurisdictionResponse, ...problemResponses(403, 409, 422) },
      },
    },
    async (request, reply) => {
      const created = await tax.createJurisdiction(principalOf(request), request.body);
      return reply.code(201).send(toJurisdictionResponse(created));
    },
  );

  app.get(
    '/api/v1/tax/jurisdictions/:code',
    {
      config: staffOnly,
      schema: {
        tags,
        security,
        summary: 'One jurisdiction with its rate history',
        params: JurisdictionParams,
        response: { 200: JurisdictionResponse, ...problemResponses(403, 404) },
      },
    },
    async (request) => toJurisdictionResponse(await tax.getJurisdiction(principalOf(request), request.params.code)),
  );

  app.put(
    '/api/v1/tax/jurisdictions/:code',
    {
      config: adminOnly,
      schema: {
        tags,
        security,
        summary: 'Replace the name, level, parent and match rule of a jurisdiction (rates change by adding dated rates)',
        params: JurisdictionParams,
        body: UpdateJurisdictionBody,
        response: { 200: JurisdictionResponse, ...problemResponses(403, 404) },
      },
    },
    async (request) => toJurisdictionResponse(await tax.updateJurisdiction(principalOf(request), request.params.code, request.body)),
  );

  app.delete(
    '/api/v1/tax/jurisdictions/:code',
    {
      config: adminOnly,
      schema: {
        tags,
        security,
        summary: 'Delete a jurisdiction without children, with its rates (orders keep the taxes they were charged)',
        params: JurisdictionParams,
        response: { 204: Type.Null(), ...problemResponses(403, 404, 409) },
      },
    },
    async (request, reply) => {
      await tax.deleteJurisdiction(principalOf(request), request.params.code);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/tax/jurisdictions/:code/rates',
    {
      config: adminCreates,
      schema: {
        tags,
        security,
        summary: 'Add dated rates: a rate change from a day on, keeping the history',
        params: JurisdictionParams,
        headers: IdempotencyHeaders,
        body: AddRatesBody,
        response: { 201: JurisdictionResponse, ...problemResponses(403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const updated = await tax.addRates(principalOf(request), request.params.code, request.body);
      return reply.code(201).send(toJurisdictionResponse(updated));
    },
  );

  // ---- calculation

  app.post(
    '/api/v1/tax/calculate',
    {
      config: staffOnly,
      schema: {
        tags,
        security,
        summary: "Tax per line and jurisdiction for a location or an event's venue",
        body: CalculateBody,
        response: { 200: CalculationResponse, ...problemResponses(403, 404, 422, 503) },
      },
    },
    async (request) => toCalculationResponse(await tax.calculate(principalOf(request), request.body)),
  );

  // ---- settings

  app.get(
    '/api/v1/tax/settings',
    {
      config: staffOnly,
      schema: { tags, security, summary: 'The tenant fallback and price mode', response: { 200: TaxSettingsSchema, ...problemResponses(403) } },
    },
    async (request) => toTaxSettingsResponse(await tax.getSettings(principalOf(request))),
  );

  app.put(
    '/api/v1/tax/settings',
    {
      config: adminOnly,
      schema: {
        tags,
        security,
        summary: 'Set the tenant fallback (a rate, or reject unknown locations) and the price mode',
        body: TaxSettingsSchema,
        response: { 200: TaxSettingsSchema, ...problemResponses(403) },
      },
    },
    async (request) => toTaxSettingsResponse(await tax.updateSettings(principalOf(request), request.body)),
  );

  // ---- exemptions

  app.post(
    '/api/v1/tax/exemptions',
    {
      config: adminCreates,
      schema: {
        tags,
        security,
        summary: "Register a buyer's exemption certificate",
        headers: IdempotencyHeaders,
        body: CreateExemptionBody,
        response: { 201: ExemptionResponse, ...problemResponses(403, 422) },
      },
    },
    async (request, reply) => {
      const created = await tax.createExemption(principalOf(request), request.body);
      return reply.code(201).send(toExemptionResponse(created));
    },
  );

  app.get(
    '/api/v1/tax/exemptions',
    {
      config: adminOnly,
      schema: {
        tags,
        security,
        summary: 'Exemption certificates, newest first',
        querystring: ListExemptionsQuery,
        response: { 200: ExemptionListResponse, ...problemResponses(403) },
      },
    },
    async (request) => {
      const page = await tax.listExemptions(principalOf(request), request.query);
      return { data: page.data.map(toExemptionResponse), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/v1/tax/exemptions/:id',
    {
      config: adminOnly,
      schema: {
        tags,
        security,
        summary: 'One exemption certificate',
        params: ExemptionParams,
        response: { 200: ExemptionResponse, ...problemResponses(403, 404) },
      },
    },
    async (request) => toExemptionResponse(await tax.getExemption(principalOf(request), request.params.id)),
  );

  // ---- reports

  app.get(
    '/api/v1/tax/reports',
    {
      config: staffOnly,
      schema: {
        tags,
        security,
        summary: 'Tax collected per jurisdiction and category by orders confirmed in [from, to), net of refunds; CSV with Accept: text/csv',
        querystring: TaxReportQuery,
        response: {
          200: {
            description: 'The report',
            content: { 'application/json': { schema: TaxReportResponse }, 'text/csv': { schema: Type.String() } },
          },
          ...problemResponses(403),
        },
      },
    },
    async (request, reply) => {
      const report = await tax.report(principalOf(request), request.query);
      reply.header('vary', 'Accept');
      if (prefersOverJson(request.headers.accept, 'text/csv')) return reply.type(CSV_CONTENT_TYPE).send(toTaxReportCsv(report));
      return reply.type('application/json; charset=utf-8').send(toTaxReportResponse(report));
    },
  );
}
