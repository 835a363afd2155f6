/**
 * The one place where errors become HTTP answers: RFC 9457 problem documents with a stable `code`.
 * AppErrors map to their own status; Fastify's own errors (bad JSON, body too large, schema validation)
 * map to ours; anything else is INTERNAL with nothing of its internals in the body.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../db/database.js';
import { AppError, Internal, NotFound, PayloadTooLarge, UnsupportedMediaType, UpstreamUnavailable, ValidationFailed, type FieldError } from '../errors.js';

/** How long a client waits before retrying a request the database could not serve. */
const DATABASE_RETRY_AFTER_SECONDS = 2;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  [member: string]: unknown;
}

export function toProblem(error: AppError, instance?: string): ProblemDocument {
  return {
    type: `/docs/problems#${error.code.toLowerCase().replace(/_/g, '-')}`,
    title: error.title,
    status: error.status,
    detail: error.message,
    code: error.code,
    ...(instance ? { instance } : {}),
    ...error.extra,
  };
}

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
  keyword?: string;
}

function fieldErrors(issues: readonly ValidationIssue[], context: string | undefined): FieldError[] {
  return issues.map((issue) => {
    const missing = issue.keyword === 'required' && typeof issue.params?.missingProperty === 'string' ? `/${issue.params.missingProperty}` : '';
    const extra =
      issue.keyword === 'additionalProperties' && typeof issue.params?.additionalProperty === 'string'
        ? `/${issue.params.additionalProperty}`
        : '';
    const pointer = `${issue.instancePath ?? ''}${missing}${extra}`;
    const field = `${context ?? 'body'}${pointer.replace(/\//g, '.')}`;
    const message =
      issue.keyword === 'additionalProperties' ? 'is not an allowed field' : issue.keyword === 'required' ? 'is required' : (issue.message ?? 'is invalid');
    return { field, message };
  });
}

/** Translates anything thrown while serving a request into an AppError. */
export function asAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) {
    return new UpstreamUnavailable('database', 'The database cannot serve this request right now; retry shortly', DATABASE_RETRY_AFTER_SECONDS);
  }
  const fastifyError = error as Partial<FastifyError> & { validation?: ValidationIssue[]; validationContext?: string };
  if (Array.isArray(fastifyError.validation)) {
    return new ValidationFailed('The request does not match the schema', fieldErrors(fastifyError.validation, fastifyError.validationContext));
  }
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new PayloadTooLarge('The request body exceeds the limit of 100 KB');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new UnsupportedMediaType('The request body must be application/json');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ValidationFailed('The request body is empty', [{ field: 'body', message: 'is required' }]);
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ValidationFailed('The request body is not valid JSON', [{ field: 'body', message: 'is not valid JSON' }]);
  }
  if (fastifyError.statusCode === 400 && error instanceof SyntaxError) {
    return new ValidationFailed('The request body is not valid JSON', [{ field: 'body', message: 'is not valid JSON' }]);
  }
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return new ValidationFailed(fastifyError.message ?? 'The request is not valid');
  }
  return new Internal('An unexpected error occurred');
}

export function sendProblem(reply: FastifyReply, error: AppError, request: FastifyRequest): FastifyReply {
  for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
  return reply.code(error.status).type(PROBLEM_CONTENT_TYPE).send(toProblem(error, request.url));
}

export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const appError = asAppError(error);
    if (appError instanceof Internal) {
      request.log.error({ err: error }, 'unhandled error');
    } else if (!(error instanceof AppError)) {
      request.log.warn({ err: error, code: appError.code }, 'the database could not serve the request');
    } else if (appError.status >= 500) {
      request.log.warn({ code: appError.code, detail: appError.message }, 'request failed upstream');
    }
    return sendProblem(reply, appError, request);
  });
  app.setNotFoundHandler((request, reply) => sendProblem(reply, new NotFound(`No route ${request.method} ${request.url.split('?')[0]}`), request));
}
