/** HTTP of the disputes area: parse, authorize, call one use case, serialize. No rules live here. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { principalOf } from '../../http/auth.js';
import { IdParams, problemResponses } from '../../http/common-schemas.js';
import {
  DisputeListResponse,
  DisputeSettingsBody,
  ListDisputesQuery,
  OrderDisputesResponse,
  PaymentSignatureHeaders,
  PaymentWebhookBody,
  WebhookAnswer,
  parsePaymentWebhook,
  toDisputeResponse,
} from './schemas.js';
import type { DisputeService } from './service.js';
import type { DisputeWebhooks } from './webhook.js';
import { BEARER, routeDefaults } from '../../http/route-plugin.js';
import { SIGNATURE_HEADER } from './webhook-signature.js';

export interface DisputeRouteServices {
  disputes: DisputeService;
  disputeWebhooks: DisputeWebhooks;
}

const STAFF = ['support', 'admin'] as const;

/** The disputes area's routes: the API under /api/v1 (disputes, and an order's disputes), the Payment service's webhook under /webhooks. */
export async function disputeRoutes(parent: FastifyInstance, services: DisputeRouteServices): Promise<void> {
  await parent.register((scope) => disputeScope(scope, services.disputes), { prefix: '/api/v1' });
  await parent.register((scope) => paymentWebhookScope(scope, services.disputeWebhooks), { prefix: '/webhooks' });
}

async function disputeScope(scope: FastifyInstance, disputes: DisputeService): Promise<void> {
  routeDefaults(scope, { tags: ['disputes'], security: BEARER });
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/disputes',
    {
      config: { auth: { kind: 'user', roles: STAFF } },
      schema: {
        summary: "The tenant's payment disputes, newest first (staff)",
        querystring: ListDisputesQuery,
        response: { 200: DisputeListResponse, ...problemResponses(403) },
      },
    },
    async (request) => {
      const { dueBefore, ...rest } = request.query;
      const page = await disputes.list(principalOf(request), { ...rest, ...(dueBefore ? { dueBefore: new Date(dueBefore) } : {}) });
      return { data: page.data.map(toDisputeResponse), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/orders/:id/disputes',
    {
      config: { auth: { kind: 'user' } },
      schema: {
        summary: 'The payment disputes of an order (its buyer or staff)',
        params: IdParams,
        response: { 200: OrderDisputesResponse, ...problemResponses(404) },
      },
    },
    async (request) => ({ data: (await disputes.listForOrder(principalOf(request), request.params.id)).map(toDisputeResponse) }),
  );

  app.get(
    '/disputes/settings',
    {
      config: { auth: { kind: 'user', roles: STAFF } },
      schema: {
        summary: "The tenant's dispute settings",
        response: { 200: DisputeSettingsBody, ...problemResponses(403) },
      },
    },
    async (request) => disputes.settings(principalOf(request)),
  );

  app.put(
    '/disputes/settings',
    {
      config: { auth: { kind: 'user', roles: ['admin'] } },
      schema: {
        summary: "Replace the tenant's dispute settings (admin)",
        body: DisputeSettingsBody,
        response: { 200: DisputeSettingsBody, ...problemResponses(403) },
      },
    },
    async (request) => disputes.updateSettings(principalOf(request), request.body),
  );
}

/**
 * POST /webhooks/payment in its own encapsulated scope: here, and only here, every body arrives as raw bytes,
 * because the signature covers the exact bytes sent. The signature is checked before the body is parsed;
 * the JSON is validated after (Fastify's validator is switched off for this route: it would see bytes).
 */
async function paymentWebhookScope(scope: FastifyInstance, webhooks: DisputeWebhooks): Promise<void> {
  routeDefaults(scope, { tags: ['webhooks'] });
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  scope.post(
    '/payment',
    {
      config: { auth: { kind: 'signature' } },
      schema: {
        summary: 'Dispute webhooks of the Payment service, authenticated by the Payment-Signature header',
        description:
          'Payment-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(PAYMENT_WEBHOOK_SECRET, "<t>.<raw body>")>, at most 300 s ' +
          'away from now. Each webhook id is processed once; a repeat answers {"status":"already_processed"}.',
        headers: PaymentSignatureHeaders,
        body: PaymentWebhookBody,
        response: { 200: WebhookAnswer, ...problemResponses(413, 429) },
      },
      validatorCompiler: () => () => true,
    },
    async (request) => {
      const rawBody = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      webhooks.authenticateWebhook(rawBody, request.headers[SIGNATURE_HEADER]);
      const status = await webhooks.applyWebhook(parsePaymentWebhook(rawBody));
      return { status };
    },
  );
}
