/** Webhook endpoints, their deliveries and attempts, as the service handles them (SPEC §16). */
import type { AttemptOutcome } from '../../core/webhooks.js';

export interface WebhookEndpoint {
  id: string;
  tenantId: string;
  url: string;
  events: string[];
  description: string | null;
  enabled: boolean;
  /** 'gone' when the receiver answered 410 and the service disabled the endpoint. */
  disabledReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface WebhookEndpointInput {
  url: string;
  events: string[];
  description?: string | null;
  enabled?: boolean;
}

export type DeliveryStatus = 'PENDING' | 'SUCCEEDED' | 'FAILED';

export interface WebhookAttempt {
  attempt: number;
  startedAt: Date;
  durationMs: number;
  statusCode: number | null;
  outcome: AttemptOutcome;
  error: string | null;
}

export interface WebhookDelivery {
  id: string;
  endpointId: string;
  messageId: string;
  type: string;
  status: DeliveryStatus;
  attempts: WebhookAttempt[];
  nextAttemptAt: Date | null;
  lastStatusCode: number | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A delivery claimed for sending, with what the attempt needs. */
export interface ClaimedDelivery {
  id: string;
  tenantId: string;
  endpointId: string;
  messageId: string;
  body: string;
  url: string;
  secret: string;
  attempts: number;
}

/** How deliveries are made: the address policy, the timeout, the retry schedule and the concurrency bounds. */
export interface WebhookSettings {
  /** Lifts the https-only and public-address-only rules (embedded and development mode, local tests). */
  allowPrivateUrls: boolean;
  timeoutMs: number;
  retryScheduleSeconds: readonly number[];
  /** Attempts in flight to one endpoint at once, across instances. */
  concurrencyPerEndpoint: number;
  /** Attempts in flight in one instance at once. */
  maxInFlight: number;
  intervalMs: number;
}
