/**
 * The one place where errors become HTTP answers: RFC 9457 problem documents with a stable `code`.
 * AppErrors map to their own status; Fastify's own errors (bad JSON, body too large, schema validation)
 * map to ours; anything else is INTERNAL with nothing of its internals in the body.
 */
import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../db/database.js';
import {
  AppError,
  Internal,
  MalformedRequest,
  NotFound,
  PayloadTooLarge,
  UnsupportedMediaType,
  UpstreamUnavailable,
  UriTooLong,
  ValidationFailed,
  type FieldError,
} from '../errors.js';

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

/**
 * The problem document of an error. It names the request by its id (also in the `x-request-id` header), never
 * by its URL: an answer echoes nothing the client sent.
 */
export function toProblem(error: AppError, requestId?: string): ProblemDocument {
  return {
    type: `/docs/problems#${error.code.toLowerCase().replace(/_/g, '-')}`,
    title: error.title,
    status: error.status,
    detail: error.message,
    code: error.code,
    ...(requestId ? { requestId } : {}),
    ...error.extra,
  };
}

/**
 * A whole HTTP/1.1 answer as bytes, for the places where no Fastify reply exists (a connection refused at
 * accept, a request Node could not parse): problem+json with the request id, and the connection closed.
 */
export function rawProblemResponse(error: AppError, requestId: string): string {
  const body = JSON.stringify(toProblem(error, requestId));
  const headers = [
    `HTTP/1.1 ${error.status} ${STATUS_CODES[error.status] ?? 'Error'}`,
    `content-type: ${PROBLEM_CONTENT_TYPE}`,
    `content-length: ${Buffer.byteLength(body)}`,
    `x-request-id: ${requestId}`,
    ...Object.entries(error.headers).map(([name, value]) => `${name}: ${value}`),
    'connection: close',
  ];
  return `${headers.join('\r\n')}\r\n\r\n${body}`;
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
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new MalformedRequest('The request body does not match its Content-Length');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new UriTooLong('A path segment is longer than any identifier of the API');
    case 'FST_ERR_BAD_URL':
      return new MalformedRequest('The request path is not validly encoded');
  }
  if (fastifyError.statusCode === 400 && error instanceof SyntaxError) {
    return new ValidationFailed('The request body is not valid JSON', [{ field: 'body', message: 'is not valid JSON' }]);
  }
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    // Fastify's messages may quote what was sent (a media type, a header); the answer echoes none of it.
    return new ValidationFailed('The request is not valid');
  }
  return new Internal('An unexpected error occurred');
}

export function sendProblem(reply: FastifyReply, error: AppError, request: FastifyRequest): FastifyReply {
  for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
  reply.header('x-request-id', request.id);
  return reply.code(error.status).type(PROBLEM_CONTENT_TYPE).send(toProblem(error, request.id));
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
  app.setNotFoundHandler((request, reply) => sendProblem(reply, new NotFound('No route matches the method and path'), request));
}
