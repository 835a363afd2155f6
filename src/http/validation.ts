/**
 * Request validation from the route schemas. Path and query strings arrive as text, so their values are
 * coerced to the schema's types (`?limit=5` is a number); JSON bodies are validated as sent, never
 * coerced, so `"quantity": "2"` or `true` is refused rather than silently turned into a number.
 */
import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance, FastifySchema } from 'fastify';

function ajvWith(options: Options): Ajv {
  const ajv = new Ajv({ removeAdditional: false, allErrors: true, useDefaults: true, strict: false, ...options });
  // ajv-formats' CommonJS default export, as an ESM import.
  (addFormats as unknown as (ajv: Ajv) => Ajv)(ajv);
  return ajv;
}

export function registerValidation(app: FastifyInstance): void {
  const strict = ajvWith({ coerceTypes: false });
  const coercing = ajvWith({ coerceTypes: 'array' });
  app.setValidatorCompiler(({ schema, httpPart }: { schema: FastifySchema; httpPart?: string }) =>
    (httpPart === 'body' ? strict : coercing).compile(schema as object),
  );
}
