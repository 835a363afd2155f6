/**
 * buildApp(deps): the HTTP application — plugins, cross-cutting hooks in their order (auth → rate limit →
 * validation → idempotency), the areas' routes, problem+json errors. No business logic here.
 */
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { KeyValueStore } from './kv/key-value.js';
import { ReferenceCache } from './kv/reference-cache.js';
import type { MessageBus, MessageHandler } from './bus/message-bus.js';
import { createConsumer } from './bus/consumer.js';
import { outboxRelayJob, type OutboxRelayJob } from './jobs/outbox-relay.js';
import type { Metrics } from './metrics.js';
import type { Peers } from './peers/contract.js';
import { forgetCachedEvent } from './peers/cached-event-client.js';
import { AdmissionGate, registerAdmission } from './http/admission.js';
import { registerAuth, type UserTokenVerifier } from './http/auth.js';
import { registerIdempotency } from './http/idempotency.js';
import { IdempotencyStore } from './http/idempotency-store.js';
import { openApiOptions } from './http/openapi.js';
import { registerProblemHandlers } from './http/problem.js';
import { registerRequestTracing } from './http/request-tracing.js';
import { registerRateLimits } from './http/rate-limit.js';
import { registerValidation } from './http/validation.js';
import { registerConnectionLimits, registerOverloadGuard, serverOptions } from './http/server-limits.js';
import { registerHealthRoutes, type ReadinessCheck } from './health/routes.js';
import { CheckoutSaga } from './modules/orders/checkout.js';
import { PaymentConfirmation } from './modules/orders/confirmation.js';
import type { OrderDependencies } from './modules/orders/dependencies.js';
import { orderRoutes } from './modules/orders/routes.js';
import { OrderService } from './modules/orders/service.js';
import { taxRoutes } from './modules/tax/routes.js';
import { disputeRoutes } from './modules/disputes/routes.js';
import { DisputeService } from './modules/disputes/service.js';
import { TicketVoiding } from './modules/disputes/ticket-voids.js';
import { DisputeWebhooks } from './modules/disputes/webhook.js';
import { EventCancellationService } from './modules/event-cancellation/service.js';
import { eventCancellationRoutes } from './modules/event-cancellation/routes.js';
import { TaxService } from './modules/tax/service.js';
import { refundPolicyRoutes } from './modules/refund-policies/routes.js';
import { RefundPolicyService } from './modules/refund-policies/service.js';
import { refundRoutes } from './modules/refunds/routes.js';
import { RefundService } from './modules/refunds/service.js';
import { DocumentService, documentRoutes } from './modules/documents/index.js';
import { PromotionService, promotionRoutes } from './modules/promotions/index.js';
import { WebhookService, webhookRoutes } from './modules/webhooks/index.js';
import { OrderExportService, orderExportRoutes } from './modules/order-export/index.js';
import { PrivacyService, privacyRoutes } from './modules/privacy/index.js';
import { StatsService, statsRoutes } from './modules/stats/index.js';
import { adminConsoleRoutes, type AdminConsoleOptions } from './admin-console/index.js';
import { ChangeService, changeRoutes } from './modules/changes/index.js';

export const BODY_LIMIT_BYTES = 100 * 1024;

export interface AppDependencies {
  config: Config;
  db: Database;
  kv: KeyValueStore;
  bus: MessageBus;
  peers: Peers;
  clock: Clock;
  metrics: Metrics;
  users: UserTokenVerifier;
  /** A pino logger or false; tests pass false or a silent logger. */
  logger: FastifyBaseLogger | boolean;
  readinessChecks?: ReadinessCheck[];
  /** The admin console at /admin (the developer's admin token is given in embedded mode only). */
  adminConsole?: AdminConsoleOptions;
}

/** The use cases, built once per app and shared by routes and jobs. */
export interface AppServices {
  orderDeps: OrderDependencies;
  orders: OrderService;
  checkout: CheckoutSaga;
  confirmation: PaymentConfirmation;
  idempotency: IdempotencyStore;
  /** Handles the messages of `order_service_queue`. */
  consumer: MessageHandler;
  outboxRelay: OutboxRelayJob;
  tax: TaxService;
  disputes: DisputeService;
  disputeWebhooks: DisputeWebhooks;
  ticketVoids: TicketVoiding;
  eventCancellation: EventCancellationService;
  /** Refunds: requests, reviews, refundInFull (event cancellation), settleRefund (payment.refund.*). */
  refunds: RefundService;
  refundPolicies: RefundPolicyService;
  /** Invoices and credit notes: settings, reading, listing (issuing happens inside the changes they document). */
  documents: DocumentService;
  promotions: PromotionService;
  /** Outbound webhooks: endpoints, their delivery log, and the sending of due deliveries (webhook-delivery job). */
  webhooks: WebhookService;
  /** The staff's order export (CSV, XLSX), streamed. */
  orderExport: OrderExportService;
  /** A buyer's personal data: export and erasure (admins). */
  privacy: PrivacyService;
  /** The dashboard's daily figures. */
  stats: StatsService;
  /** Order changes: quote, make, apply on payment, expire, recover (SPEC §13). */
  changes: ChangeService;
  /** The admission limit of costly work (checkout) in this instance (http/admission.ts). */
  admission: AdmissionGate;
}

declare module 'fastify' {
  interface FastifyInstance {
    services: AppServices;
    /** Set false when shutting down so that readiness fails before the listener closes. */
    accepting: boolean;
  }
}

export async function buildApp(deps: AppDependencies): Promise<FastifyInstance> {
  const loggerOption =
    typeof deps.logger === 'boolean'
      ? { logger: deps.logger ? { level: deps.config.logLevel, redact: ['req.headers.authorization'] } : false }
      : { loggerInstance: deps.logger };
  const app = Fastify({
    ...loggerOption,
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
    },
    forceCloseConnections: 'idle',
    ...serverOptions(deps.config.http),
  });
  app.decorate('accepting', true);
  // First of all hooks: everything after runs in the request's span (when tracing is on).
  registerRequestTracing(app);
  registerConnectionLimits(app, deps.config.http);
  await registerOverloadGuard(app, deps.config.overload);

  await app.register(swagger, openApiOptions());
  await app.register(swaggerUi, { routePrefix: '/docs' });

  registerValidation(app);
  // JSON only: a text/plain body is answered 415, not parsed and then refused by the schema.
  app.removeContentTypeParser('text/plain');
  registerProblemHandlers(app);
  // First of the onRequest hooks, so that every answer (401 and 429 included) carries the request id.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerAuth(app, { users: deps.users, serviceJwtSecret: deps.config.serviceJwtSecret, serviceName: 'order-service' });
  const admission = new AdmissionGate(deps.config.checkout.maxInFlight, deps.config.checkout.retryAfterSeconds);
  registerAdmission(app, admission);
  registerRateLimits(app, deps.kv, { perAddressPerMinute: deps.config.webhookRateLimitPerMinute });
  const idempotency = new IdempotencyStore(deps.db);
  registerIdempotency(app, idempotency, deps.clock);

  // While shutting down, answers close their connection so that close() need not wait for keep-alive.
  app.addHook('onSend', async (_request, reply, payload) => {
    if (!app.accepting) reply.header('connection', 'close');
    return payload;
  });
  app.addHook('preHandler', async (request) => {
    if (request.principal) request.log = request.log.child({ tenantId: request.principal.tenantId, userId: request.principal.userId });
  });
  app.addHook('onResponse', async (request, reply) => {
    deps.metrics.httpDuration.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  // Tenant settings and tax jurisdictions as checkout reads them, kept a few seconds; use cases that change them
  // tell it after their commit, and the other instances hear of it through the key-value store's channel.
  const reference = new ReferenceCache({ ttlMs: deps.config.checkout.referenceCacheSeconds * 1000, kv: deps.kv, log: app.log });
  await reference.listen();
  const orderDeps: OrderDependencies = {
    db: deps.db,
    peers: deps.peers,
    clock: deps.clock,
    config: deps.config,
    metrics: deps.metrics,
    log: app.log,
    reference,
  };
  const orders = new OrderService(orderDeps);
  const disputes = new DisputeService({ db: deps.db, clock: deps.clock, metrics: deps.metrics, reference });
  const ticketVoids = new TicketVoiding({ db: deps.db, peers: deps.peers, clock: deps.clock, log: app.log });
  const disputeWebhooks = new DisputeWebhooks({ db: deps.db, clock: deps.clock, config: deps.config, metrics: deps.metrics, log: app.log, ticketVoids });
  const refunds = new RefundService({
    ...orderDeps,
    recoverAfterSeconds: deps.config.refundRecoveryAfterSeconds,
    onRefundSucceeded: (tenantId, orderId) => disputeWebhooks.refundSucceeded(tenantId, orderId),
  });
  const changes = new ChangeService({ db: deps.db, peers: deps.peers, clock: deps.clock, config: deps.config, log: app.log, refunds, reference });
  const confirmation = new PaymentConfirmation(orderDeps, refunds, changes);
  const eventCancellation = new EventCancellationService(orderDeps, refunds);
  const services: AppServices = {
    orderDeps,
    orders,
    checkout: new CheckoutSaga(orderDeps),
    confirmation,
    idempotency,
    consumer: createConsumer({
      db: deps.db,
      orders,
      confirmation,
      log: app.log,
      eventCancelled: async (tenantId, eventId, reason) => {
        await eventCancellation.start(eventId, reason, tenantId);
        await forgetCachedEvent(deps.kv, tenantId, eventId).catch((error: unknown) => app.log.warn({ err: error, eventId }, 'could not drop the cached event'));
      },
      refundSettled: async (_tenantId, peerRefundId, outcome, reason) => {
        await refunds.settleRefund(peerRefundId, outcome, reason);
      },
    }),
    outboxRelay: outboxRelayJob({ db: deps.db, bus: deps.bus, metrics: deps.metrics, log: app.log }),
    tax: new TaxService({ db: deps.db, peers: deps.peers, clock: deps.clock, reference }),
    disputes,
    disputeWebhooks,
    ticketVoids,
    refunds,
    refundPolicies: new RefundPolicyService({ db: deps.db, clock: deps.clock, events: deps.peers.events, log: app.log }),
    eventCancellation,
    documents: new DocumentService({ db: deps.db, clock: deps.clock, assertOrderVisible: (principal, orderId) => orders.getOrder(principal, orderId) }),
    promotions: new PromotionService({ db: deps.db, clock: deps.clock, events: deps.peers.events }),
    webhooks: new WebhookService({ db: deps.db, clock: deps.clock, log: app.log, settings: deps.config.webhooks }),
    orderExport: new OrderExportService({ db: deps.db }),
    privacy: new PrivacyService({ db: deps.db, clock: deps.clock }),
    stats: new StatsService({ db: deps.db, clock: deps.clock }),
    changes,
    admission,
  };
  app.decorate('services', services);

  registerHealthRoutes(app, {
    db: deps.db,
    kv: deps.kv,
    metrics: deps.metrics,
    checks: [{ name: 'broker', check: () => deps.bus.ping() }, ...(deps.readinessChecks ?? [])],
    isAccepting: () => app.accepting,
  });
  // Each area's routes are one plugin with its prefix.
  const areaRoutes: FastifyPluginAsync<AppServices>[] = [
    orderRoutes,
    taxRoutes,
    disputeRoutes,
    refundPolicyRoutes,
    refundRoutes,
    eventCancellationRoutes,
    promotionRoutes,
    documentRoutes,
    webhookRoutes,
    orderExportRoutes,
    privacyRoutes,
    statsRoutes,
    changeRoutes,
  ];
  for (const routes of areaRoutes) {
    await app.register(routes, services);
  }
  await app.register(adminConsoleRoutes, deps.adminConsole ?? {});
  app.addHook('onReady', async () => {
    await services.disputes.refreshOpenDisputesGauge().catch((error: unknown) => app.log.warn({ err: error }, 'could not read the open disputes'));
  });
  // Alert deliveries and ticket voiding after a dispute run past the webhook's answer; give them a moment to end.
  app.addHook('onClose', async () => services.disputeWebhooks.close());
  return app;
}
