/**
 * Every answer the tests get through `svc.request` is checked against the OpenAPI document the service serves:
 * the operation is documented, the status is one it declares, the media type is declared for that status, a
 * JSON body matches its schema, and the headers the document knows of are declared where they are sent. So
 * the document cannot drift from what the service does without a test failing.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { appendFileSync } from 'node:fs';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

interface DocumentedResponse {
  content?: Record<string, { schema?: object }>;
  headers?: Record<string, unknown>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, { responses?: Record<string, DocumentedResponse> }>>;
}

/** Headers whose presence the document declares per answer. */
const DECLARED_HEADERS = ['x-request-id', 'retry-after', 'idempotent-replayed'] as const;

export interface ConformanceChecker {
  /** Throws an Error naming what does not conform; answers quietly for a route the document does not list. */
  check(method: string, url: string, response: LightMyRequestResponse): void;
}

export function conformanceChecker(app: FastifyInstance): ConformanceChecker {
  const document = app.swagger() as unknown as OpenApiDocument;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const validators = new Map<object, ValidateFunction>();
  // Templates with fewer parameters first, so /orders/export wins over /orders/{id}.
  const templates = Object.keys(document.paths)
    .map((template) => ({
      template,
      params: (template.match(/\{[^}]+\}/g) ?? []).length,
      pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`),
    }))
    .sort((a, b) => a.params - b.params);

  const templateOf = (path: string) => templates.find((candidate) => candidate.pattern.test(path))?.template;

  return {
    check(method, url, response) {
      const path = url.split('?')[0]!;
      const template = templateOf(path);
      const operation = template ? document.paths[template]?.[method.toLowerCase()] : undefined;
      // Not an operation of the document (an unknown path or method: the router's 404/405, health, /docs).
      if (!template || !operation) return;
      const where = `${method} ${template} → ${response.statusCode}`;
      const documented = operation.responses?.[String(response.statusCode)];
      if (!documented) throw new Error(`OpenAPI: ${where} is not a documented answer (documented: ${Object.keys(operation.responses ?? {}).join(', ')})`);
      const contentType = response.headers['content-type'];
      if (response.body.length > 0 && typeof contentType === 'string') {
        const mediaType = contentType.split(';')[0]!.trim();
        const content = documented.content?.[mediaType];
        if (!content) {
          throw new Error(`OpenAPI: ${where} sends ${mediaType}, the document declares ${Object.keys(documented.content ?? {}).join(', ') || 'no body'}`);
        }
        if (content.schema && /json$/.test(mediaType)) {
          let validate = validators.get(content.schema);
          if (!validate) {
            validate = ajv.compile(content.schema);
            validators.set(content.schema, validate);
          }
          if (!validate(JSON.parse(response.body))) throw new Error(`OpenAPI: ${where} body does not match its schema: ${ajv.errorsText(validate.errors)}`);
        }
      }
      const declared = Object.keys(documented.headers ?? {}).map((name) => name.toLowerCase());
      for (const header of DECLARED_HEADERS) {
        if (response.headers[header] !== undefined && !declared.includes(header)) throw new Error(`OpenAPI: ${where} sends ${header}, which it does not declare`);
      }
    },
  };
}

/**
 * The check every `svc.request` of the tests makes. OPENAPI_CONFORMANCE=record appends what does not conform
 * to the file OPENAPI_CONFORMANCE_FILE (default openapi-conformance.log) instead of failing the test, to survey
 * a change of the document; OPENAPI_CONFORMANCE=off skips the check.
 */
export function openApiConformance(app: FastifyInstance): { check(method: string, url: string | { pathname?: string }, response: LightMyRequestResponse): void } {
  const mode = process.env.OPENAPI_CONFORMANCE ?? 'strict';
  if (mode === 'off') return { check: () => undefined };
  const checker = conformanceChecker(app);
  return {
    check(method, url, response) {
      const path = typeof url === 'string' ? url : (url.pathname ?? '/');
      try {
        checker.check(method, path, response);
      } catch (error) {
        if (mode !== 'record') throw error;
        appendFileSync(process.env.OPENAPI_CONFORMANCE_FILE ?? 'openapi-conformance.log', `${(error as Error).message}\n`);
      }
    },
  };
}
