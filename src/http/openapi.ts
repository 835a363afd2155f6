/**
 * The OpenAPI document as a product: what every operation shares is derived here, once, from the routes and
 * from what the HTTP pipeline really does, so that a route written later is documented the same way without
 * repeating anything. A route's own values always win.
 *
 * Per route (`transform`): the operationId from method and path, the security from the route's `config.auth`,
 * the Idempotency-Key header for routes with `config.idempotent`.
 * Per document (`transformObject`): problem answers as application/problem+json, the error answers the
 * pipeline can give to any request (400, 408, 431, 414 with path parameters, 413 with a body, 415 unless the
 * route reads any content type as bytes),
 * the response headers (x-request-id, Retry-After, Idempotent-Replayed), and optional query parameters
 * for those that have a default.
 */
import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import type { FastifySchema, RouteOptions } from 'fastify';
import { Type, type TSchema } from '@sinclair/typebox';
import { IdempotencyHeaders, Problem } from './common-schemas.js';
import { PROBLEM_CONTENT_TYPE } from './problem.js';
import type { RouteAuth } from './auth.js';

/** Tags every route shares, listed in the document with what they hold. */
const TAGS = [
  { name: 'orders', description: 'Checkout, reading, cancelling and reserving orders' },
  { name: 'refunds', description: 'Refund requests, eligibility and review' },
  { name: 'changes', description: 'Order changes: quotes, changes of paid orders, the change fee' },
  { name: 'refund policies', description: 'Refund policies and their versions' },
  { name: 'tax', description: 'Jurisdictions, rates, settings, exemptions, reports' },
  { name: 'disputes', description: 'Chargebacks opened by the Payment service' },
  { name: 'promotions', description: 'Promo codes' },
  { name: 'documents', description: 'Invoices and credit notes' },
  { name: 'event-cancellation', description: "Event cancellations and their progress" },
  { name: 'webhook endpoints', description: "The tenant's outbound webhook endpoints and their deliveries" },
  { name: 'privacy', description: "A buyer's personal data: export and erasure" },
  { name: 'stats', description: "The dashboard's daily figures" },
  { name: 'internal', description: 'Service-to-service routes (service tokens)' },
  { name: 'webhooks', description: 'Signed callbacks of the platform peers' },
  { name: 'operations', description: 'Health, readiness and metrics' },
];

/** `POST /api/v1/orders/:id/cancel` → `postOrdersByIdCancel`; the `/api/v1` prefix is left out. */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/v\d+/, '')
    .split('/')
    .filter((segment) => segment.length > 0)
    .map((segment) => (segment.startsWith(':') ? `by-${segment.slice(1)}` : segment).replace(/^\{(.+)\}$/, 'by-$1'));
  const camel = [method.toLowerCase(), ...words.flatMap((word) => word.split(/[-_.]/))]
    .filter((part) => part.length > 0)
    .map((part, index) => (index === 0 ? part : part[0]!.toUpperCase() + part.slice(1)))
    .join('');
  return camel;
}

function securityOf(route: RouteOptions): FastifySchema['security'] | undefined {
  const auth = (route.config as { auth?: RouteAuth } | undefined)?.auth;
  if (auth?.kind === 'public' || auth?.kind === 'signature') return [];
  return undefined;
}

type RouteSchema = FastifySchema & { operationId?: string; security?: unknown; hide?: boolean };

/** The per-route part: operationId, security of public routes, the Idempotency-Key header. */
export function transformRoute({ schema, url, route }: { schema: FastifySchema; url: string; route: RouteOptions }): { schema: FastifySchema; url: string } {
  const documentedUrl = url.length > 1 ? url.replace(/\/+$/, '') : url;
  const method = Array.isArray(route.method) ? route.method[0]! : route.method;
  const own = (schema ?? {}) as RouteSchema;
  const security = own.security ?? securityOf(route);
  const idempotent = (route.config as { idempotent?: boolean } | undefined)?.idempotent === true;
  return {
    url: documentedUrl,
    schema: {
      ...own,
      operationId: own.operationId ?? operationIdOf(method, documentedUrl),
      ...(security !== undefined ? { security } : {}),
      ...(idempotent && own.headers === undefined ? { headers: IdempotencyHeaders } : {}),
    } as FastifySchema,
  };
}

interface ResponseObject {
  description?: string;
  content?: Record<string, { schema?: unknown }>;
  headers?: Record<string, unknown>;
}
interface ParameterObject {
  in?: string;
  name?: string;
  required?: boolean;
  schema?: { default?: unknown };
}
interface OperationObject {
  parameters?: ParameterObject[];
  requestBody?: unknown;
  responses?: Record<string, ResponseObject>;
}
interface Document {
  paths?: Record<string, Record<string, OperationObject>>;
  components?: Record<string, Record<string, unknown>>;
}

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);

const problemSchema = (): TSchema => JSON.parse(JSON.stringify(Problem)) as TSchema;

/** What the pipeline answers to any request before a route runs (server-limits.ts, problem.ts). */
const COMMON_PROBLEMS: Record<string, string> = {
  '400': 'The request is malformed or does not match the schema',
  '408': 'The request did not arrive within the deadline',
  '431': 'The request headers exceed the size limit',
};
const PATH_PROBLEMS: Record<string, string> = { '414': 'A path segment is longer than any identifier of the API' };
const BODY_PROBLEMS: Record<string, string> = {
  '413': 'The request body exceeds the limit of 100 KB',
  '415': 'The request body is not application/json',
};

const HEADERS = {
  RequestId: { description: 'The request id: the x-request-id sent, or one the service made', schema: Type.String() },
  RetryAfter: { description: 'Seconds to wait before retrying', schema: Type.Integer({ minimum: 1 }) },
  IdempotentReplayed: {
    description: 'Present (true) when this answer is the stored answer of an earlier request with the same Idempotency-Key',
    schema: Type.String({ enum: ['true'] }),
  },
};
const ref = (name: keyof typeof HEADERS) => ({ $ref: `#/components/headers/${name}` });

function finishOperation(operation: OperationObject, readsRawBody: boolean): void {
  const responses = (operation.responses ??= {});
  const hasPathParameters = (operation.parameters ?? []).some((parameter) => parameter.in === 'path');
  const bodyProblems = readsRawBody ? { '413': BODY_PROBLEMS['413']! } : BODY_PROBLEMS;
  const added = { ...COMMON_PROBLEMS, ...(hasPathParameters ? PATH_PROBLEMS : {}), ...(operation.requestBody ? bodyProblems : {}) };
  for (const [status, description] of Object.entries(added)) {
    responses[status] ??= { description, content: { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema() } } };
  }
  // The overload guard and the connection caps may refuse any request with 503 OVERLOADED, also where the
  // route's own 503 is a body of its own (readiness): that answer is a problem document too.
  const unavailable = (responses['503'] ??= { description: 'The service is overloaded or cannot serve now; retry after Retry-After' });
  unavailable.content = { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema() }, ...unavailable.content };
  // A default has a value when the parameter is left out: it is not required of the client.
  for (const parameter of operation.parameters ?? []) {
    if (parameter.in === 'query' && parameter.schema?.default !== undefined) parameter.required = false;
  }
  const idempotent = (operation.parameters ?? []).some((parameter) => parameter.in === 'header' && parameter.name === 'idempotency-key');
  for (const [status, response] of Object.entries(responses)) {
    const code = Number(status);
    // Error answers are problem documents; a route whose error answer is a body of its own (readiness) keeps it.
    const json = response.content?.['application/json'] as { schema?: { properties?: Record<string, unknown> } } | undefined;
    if (code >= 400 && json && (json.schema?.properties === undefined || 'code' in json.schema.properties)) {
      response.content = { [PROBLEM_CONTENT_TYPE]: json };
    }
    response.headers = {
      'x-request-id': ref('RequestId'),
      ...(code === 429 || code === 503 ? { 'retry-after': ref('RetryAfter') } : {}),
      // A repeat with the same Idempotency-Key replays the first answer, whatever its status (not a 5xx: that releases the key).
      ...(idempotent && code >= 200 && code < 500 ? { 'idempotent-replayed': ref('IdempotentReplayed') } : {}),
      ...response.headers,
    };
  }
}

/**
 * The per-document part: error answers, content types, headers, optional defaulted parameters.
 * `rawBodyOperations` ("post /webhooks/payment"): routes that take any content type as bytes (no 415).
 */
export function finishDocument(document: Document, rawBodyOperations: ReadonlySet<string> = new Set()): Document {
  const finished = JSON.parse(JSON.stringify(document)) as Document;
  for (const [path, pathItem] of Object.entries(finished.paths ?? {})) {
    for (const [method, operation] of Object.entries(pathItem)) {
      if (HTTP_METHODS.has(method)) finishOperation(operation, rawBodyOperations.has(`${method} ${path}`));
    }
  }
  finished.components = { ...finished.components, headers: { ...finished.components?.headers, ...HEADERS } };
  return finished;
}

type FinishedDocument = ReturnType<NonNullable<FastifyDynamicSwaggerOptions['transformObject']>>;

/** Routes authenticated by a signature over the body read it as bytes, whatever its content type. */
function readsRawBody(route: RouteOptions): boolean {
  return (route.config as { auth?: RouteAuth } | undefined)?.auth?.kind === 'signature';
}

/** OpenAPI path of a Fastify URL: `/orders/:id` → `/orders/{id}`. */
const openApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

export function openApiOptions(): FastifyDynamicSwaggerOptions {
  const rawBodyOperations = new Set<string>();
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Order Service',
        version: '1.0.0',
        description:
          'Checkout, cancellation, refunds, tax, disputes, invoices and credit notes of the ticketing platform. Amounts are integers in minor units; ' +
          'errors are application/problem+json with a stable code (docs/errors.md). Every answer carries x-request-id.',
        license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
        contact: { name: 'Order Service team' },
      },
      servers: [{ url: '/', description: 'The instance serving this document' }],
      tags: TAGS,
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    },
    transform: (routeObject) => {
      const transformed = transformRoute(routeObject);
      if (readsRawBody(routeObject.route)) {
        for (const method of [routeObject.route.method].flat()) rawBodyOperations.add(`${method.toLowerCase()} ${openApiPath(transformed.url)}`);
      }
      return transformed;
    },
    transformObject: (documentObject) =>
      finishDocument(('openapiObject' in documentObject ? documentObject.openapiObject : {}) as Document, rawBodyOperations) as FinishedDocument,
  };
}
