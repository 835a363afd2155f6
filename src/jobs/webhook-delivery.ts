/**
 * The webhook-delivery job (SPEC §16): each run claims due deliveries (SKIP LOCKED, leased, bounded per
 * endpoint) and starts sending them; attempts run on past the run, so a slow receiver holds only its own
 * endpoint's slots. stop() waits for the attempts in flight.
 */
import type { WebhookService } from '../modules/webhooks/index.js';
import type { JobDefinition } from './job-runner.js';

export function webhookDeliveryJob(webhooks: WebhookService): JobDefinition {
  return {
    name: 'webhook-delivery',
    // A run that fills every slot runs again at once (and finds no room until an attempt ends).
    batchSize: webhooks.settings.maxInFlight,
    intervalMs: webhooks.settings.intervalMs,
    runOnce: () => webhooks.dispatchDue(),
    stop: () => webhooks.drain(),
  };
}
