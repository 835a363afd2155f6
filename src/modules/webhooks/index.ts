/** What other areas may use of the outbound webhooks: the service and its routes for the app. */
export type { WebhookDelivery, WebhookEndpoint, WebhookSettings } from './model.js';
export { WebhookService, PING_TYPE } from './service.js';
export { WEBHOOKS_PREFIX, webhookRoutes } from './routes.js';
export { sendWebhook, type AttemptResult } from './sender.js';
export { urlProblem, type HostResolver } from './address-policy.js';
