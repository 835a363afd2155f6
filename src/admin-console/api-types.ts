/**
 * The admin console's API types: generated from this service's own OpenAPI document with openapi-typescript and
 * committed as admin-console/src/api-types.d.ts, so the console's client (openapi-fetch) is checked against the
 * routes by `npm run typecheck`. A test compares the committed file with the live document.
 */
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

export const API_TYPES_FILE = fileURLToPath(new URL('../../admin-console/src/api-types.d.ts', import.meta.url));

const HEADER = '/* The Order Service API as TypeScript types, generated from its OpenAPI document: npm run console:api-types. Do not edit. */\n\n';

/** Only the public API (/api/v1): the console has no types for internal routes, webhooks or health, so it cannot call them. */
export async function apiTypesOf(document: { paths?: Record<string, unknown> }): Promise<string> {
  const paths = Object.fromEntries(Object.entries(document.paths ?? {}).filter(([path]) => path.startsWith('/api/')));
  // A copy: openapi-typescript may annotate the object it is given.
  const ast = await openapiTS(structuredClone({ ...document, paths }) as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return HEADER + astToString(ast);
}
