/**
 * Request validation from the route schemas. Path and query strings arrive as text, so their values are
 * coerced to the schema's types (`?limit=5` is a number); JSON bodies are validated as sent, never
 * coerced, so `"quantity": "2"` or `true` is refused rather than silently turned into a number.
 *
 * Two rules hold for every route without a word in its schema:
 * - integers are safe integers: every `integer` of a request schema is bounded by ±(2^53 − 1), so `1e308`
 *   is refused with the schema's 400 and never reaches arithmetic or a bigint column;
 * - text is storable: no string (value or key, at any depth) of a body, query or path may hold a NUL
 *   character or an unpaired UTF-16 surrogate, which PostgreSQL refuses in text and jsonb (400
 *   INVALID_CHARACTERS, before the schema and before any handler).
 */
import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance, FastifySchema } from 'fastify';
import { InvalidCharacters } from '../errors.js';

function ajvWith(options: Options): Ajv {
  const ajv = new Ajv({ removeAdditional: false, allErrors: true, useDefaults: true, strict: false, ...options });
  // ajv-formats' CommonJS default export, as an ESM import.
  (addFormats as unknown as (ajv: Ajv) => Ajv)(ajv);
  return ajv;
}

type SchemaNode = Record<string, unknown>;

function isRecord(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Bounds every `integer` of `schema` (in place, so the OpenAPI document shows the bounds) to the safe
 * integers, unless the schema bounds it more tightly already. Answers the schema.
 */
export function safeIntegers<S>(schema: S): S {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isRecord(node)) return;
    if (node.type === 'integer') {
      if (typeof node.maximum !== 'number') node.maximum = Number.MAX_SAFE_INTEGER;
      if (typeof node.minimum !== 'number') node.minimum = Number.MIN_SAFE_INTEGER;
    }
    for (const key of ['items', 'additionalProperties', 'anyOf', 'oneOf', 'allOf', 'not', 'prefixItems']) visit(node[key]);
    for (const key of ['properties', 'patternProperties']) {
      const children = node[key];
      if (isRecord(children)) Object.values(children).forEach(visit);
    }
  };
  visit(schema);
  return schema;
}

// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
// eslint-disable-next-line no-control-regex -- the NUL character is exactly what is looked for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_REPORTED = 20;

/** The fields of a parsed JSON value (or query, or path) whose text cannot be stored; keys are checked too. */
export function unstorableTextFields(value: unknown, path: string, found: string[] = []): string[] {
  if (found.length >= MAX_REPORTED) return found;
  if (typeof value === 'string') {
    if (UNSTORABLE.test(value)) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => unstorableTextFields(item, `${path}[${index}]`, found));
  } else if (isRecord(value) && !ArrayBuffer.isView(value)) {
    // Parsed JSON, query or path parameters; a raw body (bytes) is checked where it is parsed.
    for (const [key, item] of Object.entries(value)) {
      // The key itself is not repeated in the answer when it is the bad part.
      if (UNSTORABLE.test(key)) found.push(`${path} (a key)`);
      else unstorableTextFields(item, `${path}.${key}`, found);
    }
  }
  return found;
}

/** Throws INVALID_CHARACTERS when some text of `value` cannot be stored. */
export function assertStorableText(value: unknown, path: string): void {
  const fields = unstorableTextFields(value, path);
  if (fields.length > 0) throw new InvalidCharacters(fields);
}

export function registerValidation(app: FastifyInstance): void {
  const strict = ajvWith({ coerceTypes: false });
  const coercing = ajvWith({ coerceTypes: 'array' });
  app.setValidatorCompiler(({ schema, httpPart }: { schema: FastifySchema; httpPart?: string }) =>
    (httpPart === 'body' ? strict : coercing).compile(safeIntegers(schema) as object),
  );
  app.addHook('preValidation', async (request) => {
    const fields = unstorableTextFields(request.params, 'params');
    unstorableTextFields(request.query, 'querystring', fields);
    unstorableTextFields(request.body, 'body', fields);
    if (fields.length > 0) throw new InvalidCharacters(fields);
  });
}
