/**
 * Outbound webhooks (SPEC §16): admin management of endpoints, their delivery log, manual retries and the
 * ping; and the sending of due deliveries for the delivery job. Deliveries of order messages are written by
 * the outbox trigger (migration 014) in the transaction of the change, never here.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/database.js';
import { keysetAfter, keysetPositionOf, pageOf } from '../../db/keyset.js';
import { cloudEvent, ORDER_MESSAGE_TYPES } from '../../bus/cloud-event.js';
import { afterAttempt, newWebhookSecret, signedHeaders } from '../../core/webhooks.js';
import { InvalidState, NotFound, ValidationFailed, WebhookUrlRefused } from '../../errors.js';
import type { Principal } from '../../http/auth.js';
import { resolvedProblem, urlProblem, type HostResolver } from './address-policy.js';
import type { ClaimedDelivery, DeliveryStatus, WebhookDelivery, WebhookEndpoint, WebhookEndpointInput, WebhookSettings } from './model.js';
import {
  claimDueDeliveries,
  deleteEndpoint,
  disableEndpointGone,
  findDelivery,
  findEndpoint,
  insertDelivery,
  insertEndpoint,
  listDeliveries,
  listEndpoints,
  recordAttempt,
  rescheduleDelivery,
  updateEndpoint,
  type EndpointValues,
} from './repository.js';
import { sendWebhook, type AttemptResult } from './sender.js';

export interface WebhookDependencies {
  db: Database;
  clock: Clock;
  log: FastifyBaseLogger;
  settings: WebhookSettings;
  /** Name resolution for the address checks; the system resolver unless a test gives names addresses. */
  resolve?: HostResolver;
}

/** The message type of the test delivery. */
export const PING_TYPE = 'ping';

/** Time a claimed delivery is held beyond the attempt's timeout before another run may take it. */
const LEASE_MARGIN_MS = 30_000;

/** On shutdown, attempts in flight get this long to end; then they are dropped and their leases let them be sent again. */
const DRAIN_GRACE_MS = 2000;

export class WebhookService {
  private readonly inFlight = new Set<Promise<void>>();
  private stopping = new AbortController();

  constructor(private readonly deps: WebhookDependencies) {}

  get settings(): WebhookSettings {
    return this.deps.settings;
  }

  /** Creates an endpoint; the answer carries its signing secret, which is never shown again. */
  async create(principal: Principal, input: WebhookEndpointInput): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    const values = await this.validated(input);
    const id = randomUUID();
    const secret = newWebhookSecret();
    const endpoint = await this.deps.db.tenant(principal.tenantId, async (tx) => {
      await insertEndpoint(tx, id, principal.tenantId, values, secret, this.deps.clock.now());
      return required(await findEndpoint(tx, id));
    });
    return { endpoint, secret };
  }

  async update(principal: Principal, id: string, input: WebhookEndpointInput): Promise<WebhookEndpoint> {
    const values = await this.validated(input);
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      if (!(await updateEndpoint(tx, id, values, this.deps.clock.now()))) throw endpointNotFound(id);
      return required(await findEndpoint(tx, id));
    });
  }

  async remove(principal: Principal, id: string): Promise<void> {
    await this.deps.db.tenant(principal.tenantId, async (tx) => {
      if (!(await deleteEndpoint(tx, id))) throw endpointNotFound(id);
    });
  }

  get(principal: Principal, id: string): Promise<WebhookEndpoint> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => required(await findEndpoint(tx, id)));
  }

  async list(principal: Principal, query: { limit: number; cursor?: string }): Promise<{ data: WebhookEndpoint[]; nextCursor: string | null }> {
    const after = keysetAfter(query.cursor);
    const rows = await this.deps.db.tenant(principal.tenantId, (tx) => listEndpoints(tx, query.limit, after));
    return pageOf(rows, query.limit, keysetPositionOf);
  }

  async deliveries(
    principal: Principal,
    endpointId: string,
    query: { limit: number; cursor?: string; status?: DeliveryStatus },
  ): Promise<{ data: WebhookDelivery[]; nextCursor: string | null }> {
    const after = keysetAfter(query.cursor);
    const rows = await this.deps.db.tenant(principal.tenantId, async (tx) => {
      required(await findEndpoint(tx, endpointId));
      return listDeliveries(tx, endpointId, { status: query.status }, query.limit, after);
    });
    return pageOf(rows, query.limit, keysetPositionOf);
  }

  /** Makes a delivery due again at once, whatever its state; the endpoint must be enabled. */
  retry(principal: Principal, endpointId: string, deliveryId: string): Promise<WebhookDelivery> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      const endpoint = required(await findEndpoint(tx, endpointId));
      if (!endpoint.enabled) throw new InvalidState('The endpoint is disabled; enable it before retrying its deliveries');
      if (!(await findDelivery(tx, endpointId, deliveryId))) throw new NotFound(`Delivery ${deliveryId} not found`);
      await rescheduleDelivery(tx, deliveryId, this.deps.clock.now());
      return requiredDelivery(await findDelivery(tx, endpointId, deliveryId));
    });
  }

  /** Queues a `ping` message to the endpoint (delivered, signed and logged like any other). */
  ping(principal: Principal, endpointId: string): Promise<WebhookDelivery> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      const endpoint = required(await findEndpoint(tx, endpointId));
      if (!endpoint.enabled) throw new InvalidState('The endpoint is disabled; enable it before testing it');
      const now = this.deps.clock.now();
      const message = cloudEvent(PING_TYPE, principal.tenantId, { endpointId }, now);
      const id = randomUUID();
      await insertDelivery(tx, { id, tenantId: principal.tenantId, endpointId, messageId: message.id, type: PING_TYPE, body: JSON.stringify(message), now });
      return requiredDelivery(await findDelivery(tx, endpointId, id));
    });
  }

  /**
   * One run of the delivery job: claims as many due deliveries as there is room for (per endpoint and in
   * this instance) and starts sending them without waiting, so a slow receiver holds only its own slots.
   * Answers how many it started.
   */
  async dispatchDue(): Promise<number> {
    const room = this.deps.settings.maxInFlight - this.inFlight.size;
    if (room <= 0) return 0;
    const now = this.deps.clock.now();
    const leaseUntil = new Date(now.getTime() + this.deps.settings.timeoutMs + LEASE_MARGIN_MS);
    const claimed = await this.deps.db.system((tx) => claimDueDeliveries(tx, now, leaseUntil, this.deps.settings.concurrencyPerEndpoint, room));
    for (const delivery of claimed) {
      const sending: Promise<void> = this.attempt(delivery)
        .catch((error: unknown) => this.deps.log.error({ err: error, deliveryId: delivery.id }, 'webhook attempt could not be recorded'))
        .finally(() => this.inFlight.delete(sending));
      this.inFlight.add(sending);
    }
    return claimed.length;
  }

  /**
   * Waits for the attempts in flight (shutdown, tests), at most DRAIN_GRACE_MS; those still running are then
   * dropped unrecorded: their leases pass and another run sends them again (receivers deduplicate on webhook-id).
   */
  async drain(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, DRAIN_GRACE_MS);
    });
    await Promise.race([Promise.allSettled([...this.inFlight]), grace]);
    clearTimeout(timer);
    this.stopping.abort();
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
    this.stopping = new AbortController();
  }

  private async attempt(delivery: ClaimedDelivery): Promise<void> {
    const startedAt = this.deps.clock.now();
    const timestamp = Math.floor(startedAt.getTime() / 1000);
    const headers = signedHeaders(delivery.secret, delivery.messageId, timestamp, delivery.body);
    const result: AttemptResult = await sendWebhook(delivery.url, headers, delivery.body, {
      timeoutMs: this.deps.settings.timeoutMs,
      allowPrivate: this.deps.settings.allowPrivateUrls,
      signal: this.stopping.signal,
      resolve: this.deps.resolve,
    });
    if (this.stopping.signal.aborted) return;
    const attempt = delivery.attempts + 1;
    const now = this.deps.clock.now();
    const next = afterAttempt(result, attempt, now, this.deps.settings.retryScheduleSeconds);
    await this.deps.db.tenant(delivery.tenantId, async (tx) => {
      await recordAttempt(
        tx,
        { deliveryId: delivery.id, tenantId: delivery.tenantId, attempt, startedAt, durationMs: result.durationMs, statusCode: result.statusCode, outcome: result.outcome, error: result.error },
        { status: next.status, nextAttemptAt: next.status === 'PENDING' ? next.nextAttemptAt : null },
        now,
      );
      if (next.status === 'FAILED' && next.disableEndpoint) await disableEndpointGone(tx, delivery.endpointId, now);
    });
    if (result.outcome !== 'succeeded') {
      this.deps.log.info({ deliveryId: delivery.id, endpointId: delivery.endpointId, attempt, outcome: result.outcome, statusCode: result.statusCode }, 'webhook attempt failed');
    }
  }

  private async validated(input: WebhookEndpointInput): Promise<EndpointValues> {
    const allowPrivate = this.deps.settings.allowPrivateUrls;
    const problem = urlProblem(input.url, allowPrivate);
    if (problem !== undefined) {
      const errors = [{ field: 'body.url', message: problem.message }];
      if (!problem.refused) throw new ValidationFailed('The webhook endpoint is not valid', errors);
      throw new WebhookUrlRefused(`The URL ${problem.message}`, errors);
    }
    const resolved = await resolvedProblem(input.url, allowPrivate, this.deps.resolve);
    if (resolved !== undefined) throw new WebhookUrlRefused(`The URL is refused: ${resolved}`, [{ field: 'body.url', message: resolved }]);
    const known = new Set<string>(['*', ...ORDER_MESSAGE_TYPES]);
    const unknown = input.events.map((type, index) => ({ type, index })).filter(({ type }) => !known.has(type));
    if (unknown.length > 0) {
      throw new ValidationFailed(
        'The webhook endpoint is not valid',
        unknown.map(({ index }) => ({ field: `body.events[${index}]`, message: `must be "*" or one of ${ORDER_MESSAGE_TYPES.join(', ')}` })),
      );
    }
    return {
      url: input.url,
      events: input.events.includes('*') ? ['*'] : [...new Set(input.events)],
      description: input.description ?? null,
      enabled: input.enabled ?? true,
    };
  }
}

function endpointNotFound(id: string): NotFound {
  return new NotFound(`Webhook endpoint ${id} not found`);
}

function required(endpoint: WebhookEndpoint | undefined): WebhookEndpoint {
  if (!endpoint) throw new NotFound('Webhook endpoint not found');
  return endpoint;
}

function requiredDelivery(delivery: WebhookDelivery | undefined): WebhookDelivery {
  if (!delivery) throw new NotFound('Delivery not found');
  return delivery;
}
