/**
 * The admin console (SPEC §17) at /admin: one HTML page and its bundle, all from this service (no CDN). The page
 * calls the public API with a staff token it keeps in memory. Every answer under /admin carries a
 * Content-Security-Policy without inline scripts or styles and refuses to be framed.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type } from '@sinclair/typebox';
import { NotFound } from '../errors.js';
import { consoleAssetsLoader } from './assets.js';

export const ADMIN_CONSOLE_PREFIX = '/admin';

export interface AdminConsoleOptions {
  /**
   * The developer's admin token printed at start-up, offered on the sign-in page. Given in embedded mode only;
   * without it the route that hands it out does not exist.
   */
  developerToken?: string;
}

export const CONSOLE_SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; '),
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Order Service admin console</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${ADMIN_CONSOLE_PREFIX}/assets/app.css">
<script type="module" src="${ADMIN_CONSOLE_PREFIX}/assets/app.js"></script>
</head>
<body>
<div id="app"><noscript>The admin console needs JavaScript.</noscript></div>
</body>
</html>
`;

const AssetParams = Type.Object({ name: Type.String({ pattern: '^[a-z]+\\.(js|css)$' }) }, { additionalProperties: false });

function sendPage(reply: FastifyReply) {
  return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(PAGE);
}

export async function adminConsoleRoutes(parent: FastifyInstance, options: AdminConsoleOptions): Promise<void> {
  const assets = consoleAssetsLoader();
  await parent.register(
    async (scope) => {
      scope.addHook('onSend', async (_request, reply, payload) => {
        reply.headers(CONSOLE_SECURITY_HEADERS);
        return payload;
      });
      const route = { config: { auth: { kind: 'public' as const } }, schema: { hide: true } };
      // '/' under the prefix answers both /admin and /admin/.
      scope.get('/', route, async (_request, reply) => sendPage(reply));
      scope.get('/assets/:name', { ...route, schema: { hide: true, params: AssetParams } }, async (request, reply) => {
        const { name } = request.params as { name: string };
        const asset = (await assets()).get(name);
        if (!asset) throw new NotFound(`No console file ${name}`);
        return reply.header('cache-control', 'no-cache').type(asset.contentType).send(asset.body);
      });
      if (options.developerToken) {
        const token = options.developerToken;
        scope.get('/developer-token', route, async (_request, reply) => reply.header('cache-control', 'no-store').send({ token }));
      }
    },
    { prefix: ADMIN_CONSOLE_PREFIX },
  );
}
