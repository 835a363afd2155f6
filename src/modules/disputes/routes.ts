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
import { SIGNATURE_HEADER } from './webhook-signature.js';

export interface DisputeRouteServices {
  disputes: DisputeService;
  disputeWebhooks: DisputeWebhooks;
}

const STAFF = ['support', 'admin'] as const;

export function registerDisputeRoutes(parent: FastifyInstance, services: DisputeRouteServices): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['disputes'];
  const security = [{ bearerAuth: [] }];
  const { disputes } = services;

  app.get(
    '/api/v1/disputes',
    {
      config: { auth: { kind: 'user', roles: STAFF } },
      schema: {
        tags,
        security,
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
    '/api/v1/orders/:id/disputes',
    {
      config: { auth: { kind: 'user' } },
      schema: {
        tags,
        security,
        summary: 'The payment disputes of an order (its buyer or staff)',
        params: IdParams,
        response: { 200: OrderDisputesResponse, ...problemResponses(404) },
      },
    },
    async (request) => ({ data: (await disputes.listForOrder(principalOf(request), request.params.id)).map(toDisputeResponse) }),
  );

  app.get(
    '/api/v1/disputes/settings',
    {
      config: { auth: { kind: 'user', roles: STAFF } },
      schema: {
        tags,
        security,
        summary: "The tenant's dispute settings",
        response: { 200: DisputeSettingsBody, ...problemResponses(403) },
      },
    },
    async (request) => disputes.settings(principalOf(request)),
  );

  app.put(
    '/api/v1/disputes/settings',
    {
      config: { auth: { kind: 'user', roles: ['admin'] } },
      schema: {
        tags,
        security,
        summary: "Replace the tenant's dispute settings (admin)",
        body: DisputeSettingsBody,
        response: { 200: DisputeSettingsBody, ...problemResponses(403) },
      },
    },
    async (request) => disputes.updateSettings(principalOf(request), request.body),
  );

  parent.register(async (scope) => registerPaymentWebhook(scope, services.disputeWebhooks));
}

/**
 * POST /webhooks/payment in its own encapsulated scope: here, and only here, every body arrives as raw bytes,
 * because the signature covers the exact bytes sent. The signature is checked before the body is parsed;
 * the JSON is validated after (Fastify's validator is switched off for this route: it would see bytes).
 */
function registerPaymentWebhook(scope: FastifyInstance, webhooks: DisputeWebhooks): void {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  scope.post(
    '/webhooks/payment',
    {
      config: { auth: { kind: 'signature' } },
      schema: {
        tags: ['webhooks'],
        summary: 'Dispute webhooks of the Payment service, authenticated by the Payment-Signature header',
        description:
          'Payment-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(PAYMENT_WEBHOOK_SECRET, "<t>.<raw body>")>, at most 300 s ' +
          'away from now. Each webhook id is processed once; a repeat answers {"status":"already_processed"}.',
        headers: PaymentSignatureHeaders,
        body: PaymentWebhookBody,
        response: { 200: WebhookAnswer, ...problemResponses(413) },
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
