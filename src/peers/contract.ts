/**
 * The peer contracts (SPEC §9), shared by our clients (src/peers/*-client.ts) and the sandbox
 * (sandbox/). One schema per payload: it validates on both sides and gives the TypeScript type.
 * Contract tests (test/contract) keep the clients and the sandbox equal.
 */
import { FormatRegistry, Type, type Static } from '@sinclair/typebox';
import { isUuid } from '../uuid.js';

/*
 * TypeBox's Value.Check / TypeCompiler refuse every string `format` they do not know, so the formats the
 * contract uses are registered here, beside the schemas: whoever checks a payload against them (clients,
 * sandbox, tests) gets the same rules. Fastify validates with Ajv + ajv-formats, which agree on these.
 */
const RFC3339_DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i;
if (!FormatRegistry.Has('uuid')) FormatRegistry.Set('uuid', isUuid);
if (!FormatRegistry.Has('date-time')) {
  FormatRegistry.Set('date-time', (value) => RFC3339_DATE_TIME_PATTERN.test(value) && !Number.isNaN(Date.parse(value)));
}

export const Currency = Type.Union([
  Type.Literal('USD'),
  Type.Literal('EUR'),
  Type.Literal('GBP'),
  Type.Literal('CAD'),
  Type.Literal('AUD'),
]);
export type Currency = Static<typeof Currency>;

export const Uuid = Type.String({ format: 'uuid' });
export const MinorUnits = Type.Integer({ minimum: 0 });

// ---------- Event service ----------
export const Venue = Type.Object({
  name: Type.String(),
  country: Type.String(),
  region: Type.Optional(Type.String()),
  city: Type.Optional(Type.String()),
  postalCode: Type.Optional(Type.String()),
});
export type Venue = Static<typeof Venue>;

export const EventStatus = Type.Union([Type.Literal('SCHEDULED'), Type.Literal('POSTPONED'), Type.Literal('CANCELLED')]);
export type EventStatus = Static<typeof EventStatus>;

export const PeerEvent = Type.Object({
  id: Uuid,
  tenantId: Uuid,
  name: Type.String(),
  startsAt: Type.String({ format: 'date-time' }),
  endsAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  status: EventStatus,
  currency: Currency,
  venue: Venue,
  salesStartAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  salesEndAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type PeerEvent = Static<typeof PeerEvent>;

// ---------- Ticket service ----------
export const TicketType = Type.Object({
  id: Uuid,
  name: Type.String(),
  price: MinorUnits,
  currency: Currency,
  available: Type.Integer({ minimum: 0 }),
});
export type TicketType = Static<typeof TicketType>;
export const TicketTypeList = Type.Array(TicketType);

export const ReservationItem = Type.Object({
  ticketTypeId: Uuid,
  quantity: Type.Integer({ minimum: 1 }),
});
export type ReservationItem = Static<typeof ReservationItem>;

/** POST /internal/v1/reservations. Idempotent per reservationId: the same id and items answer 201 again. */
export const ReservationRequest = Type.Object({
  reservationId: Uuid,
  eventId: Uuid,
  items: Type.Array(ReservationItem, { minItems: 1 }),
  expiresAt: Type.String({ format: 'date-time' }),
});
export type ReservationRequest = Static<typeof ReservationRequest>;

export const Reservation = Type.Object({
  reservationId: Uuid,
  eventId: Uuid,
  status: Type.Union([Type.Literal('HELD'), Type.Literal('COMMITTED'), Type.Literal('RELEASED')]),
  expiresAt: Type.String({ format: 'date-time' }),
});
export type Reservation = Static<typeof Reservation>;

/** POST /internal/v1/reservations/:id/commit. Idempotent: committing twice answers the same tickets. */
export const CommitRequest = Type.Object({ orderId: Uuid, ownerUserId: Type.String({ minLength: 1 }) });
export type CommitRequest = Static<typeof CommitRequest>;

export const AllocatedTicket = Type.Object({ ticketId: Uuid, ticketTypeId: Uuid });
export type AllocatedTicket = Static<typeof AllocatedTicket>;
export const CommitResponse = Type.Object({ tickets: Type.Array(AllocatedTicket) });
export type CommitResponse = Static<typeof CommitResponse>;

export const TicketState = Type.Object({
  ticketId: Uuid,
  ticketTypeId: Uuid,
  ownerUserId: Type.String(),
  transferred: Type.Boolean(),
  used: Type.Boolean(),
});
export type TicketState = Static<typeof TicketState>;
export const TicketStateList = Type.Array(TicketState);

export const TicketIdsRequest = Type.Object({ ticketIds: Type.Array(Uuid, { minItems: 1 }) });
export type TicketIdsRequest = Static<typeof TicketIdsRequest>;

/** The most ids one batch call may name (holds to release, intents to cancel). */
export const BATCH_MAX_IDS = 500;

/**
 * POST /internal/v1/tickets/holds/release: releases many holds of the caller's tenant at once, each as
 * DELETE /internal/v1/reservations/:id would. Idempotent. Answers one result per id, in the order asked.
 */
export const ReleaseHoldsRequest = Type.Object({ reservationIds: Type.Array(Uuid, { minItems: 1, maxItems: BATCH_MAX_IDS }) });
export type ReleaseHoldsRequest = Static<typeof ReleaseHoldsRequest>;

/**
 * released: the reservation held tickets and holds none now. unknown: nothing is held under that id (never
 * known to the tenant, or released or lapsed before): as fine as the single call's 404. committed: the hold
 * became tickets and cannot be released (the single call's 409).
 */
export const HoldReleaseOutcome = Type.Union([Type.Literal('released'), Type.Literal('unknown'), Type.Literal('committed')]);
export type HoldReleaseOutcome = Static<typeof HoldReleaseOutcome>;
export const ReleaseHoldsResponse = Type.Object({
  results: Type.Array(Type.Object({ reservationId: Uuid, outcome: HoldReleaseOutcome })),
});
export type ReleaseHoldsResponse = Static<typeof ReleaseHoldsResponse>;

// ---------- Payment service ----------
export const PaymentIntentStatus = Type.Union([
  Type.Literal('requires_payment'),
  Type.Literal('succeeded'),
  Type.Literal('failed'),
  Type.Literal('cancelled'),
]);
export type PaymentIntentStatus = Static<typeof PaymentIntentStatus>;

/** POST /internal/v1/payment-intents with header Idempotency-Key. */
export const CreateIntentRequest = Type.Object({ orderId: Uuid, amount: Type.Integer({ minimum: 1 }), currency: Currency });
export type CreateIntentRequest = Static<typeof CreateIntentRequest>;

export const PaymentIntent = Type.Object({
  id: Type.String({ minLength: 1 }),
  clientSecret: Type.String({ minLength: 1 }),
  status: PaymentIntentStatus,
  amount: Type.Integer(),
  currency: Currency,
});
export type PaymentIntent = Static<typeof PaymentIntent>;

/** POST /internal/v1/refunds with header Idempotency-Key. */
export const RefundRequest = Type.Object({
  paymentIntentId: Type.String({ minLength: 1 }),
  amount: Type.Integer({ minimum: 1 }),
  reason: Type.String(),
});
export type RefundRequest = Static<typeof RefundRequest>;

export const PeerRefund = Type.Object({
  id: Type.String({ minLength: 1 }),
  status: Type.Union([Type.Literal('succeeded'), Type.Literal('pending'), Type.Literal('failed')]),
  failureReason: Type.Optional(Type.String()),
});
export type PeerRefund = Static<typeof PeerRefund>;

/**
 * POST /internal/v1/payment-intents/cancel: cancels many intents of the caller's tenant at once, each as
 * POST /internal/v1/payment-intents/:id/cancel would. Idempotent. Answers one result per id, in the order asked.
 */
export const CancelIntentsRequest = Type.Object({
  paymentIntentIds: Type.Array(Type.String({ minLength: 1 }), { minItems: 1, maxItems: BATCH_MAX_IDS }),
});
export type CancelIntentsRequest = Static<typeof CancelIntentsRequest>;

/**
 * cancelled: the intent is cancelled (now or before). unknown: the tenant has no such intent (the single
 * call's 404). succeeded: it was paid and cannot be cancelled, only refunded (the single call's 409).
 */
export const IntentCancelOutcome = Type.Union([Type.Literal('cancelled'), Type.Literal('unknown'), Type.Literal('succeeded')]);
export type IntentCancelOutcome = Static<typeof IntentCancelOutcome>;
export const CancelIntentsResponse = Type.Object({
  results: Type.Array(Type.Object({ paymentIntentId: Type.String({ minLength: 1 }), outcome: IntentCancelOutcome })),
});
export type CancelIntentsResponse = Static<typeof CancelIntentsResponse>;

/** The error body every peer answers with (problem+json with a code). */
export const PeerProblem = Type.Object({ code: Type.String(), detail: Type.Optional(Type.String()) });

// ---------- Sandbox controls ----------
export const FaultRequest = Type.Object({
  mode: Type.Union([Type.Literal('fail'), Type.Literal('slow'), Type.Literal('off')]),
  count: Type.Optional(Type.Integer({ minimum: 1 })),
  delayMs: Type.Optional(Type.Integer({ minimum: 0, maximum: 120000 })),
});
export type FaultRequest = Static<typeof FaultRequest>;

export const SandboxEventRequest = Type.Object({
  tenantId: Uuid,
  name: Type.String({ minLength: 1 }),
  startsAt: Type.String({ format: 'date-time' }),
  endsAt: Type.Optional(Type.String({ format: 'date-time' })),
  salesStartAt: Type.Optional(Type.String({ format: 'date-time' })),
  salesEndAt: Type.Optional(Type.String({ format: 'date-time' })),
  currency: Currency,
  venue: Venue,
  ticketTypes: Type.Array(
    Type.Object({ name: Type.String({ minLength: 1 }), price: MinorUnits, capacity: Type.Integer({ minimum: 0 }) }),
    { minItems: 1 },
  ),
});
export type SandboxEventRequest = Static<typeof SandboxEventRequest>;

export const SandboxEvent = Type.Composite([
  PeerEvent,
  Type.Object({
    ticketTypes: Type.Array(
      Type.Object({ id: Uuid, name: Type.String(), price: MinorUnits, capacity: Type.Integer() }),
    ),
  }),
]);
export type SandboxEvent = Static<typeof SandboxEvent>;

// ---------- What our code needs of each peer ----------
/** A call's context: the tenant it is made for (peers are multi-tenant too) and a request id for logs. */
export interface PeerCallContext {
  tenantId: string;
  requestId?: string;
}

/**
 * What a call about many ids came to, per id asked: the peer's outcome for it, or the error that kept the peer
 * from giving one (a batch call that failed as a whole gives its error to every id it named).
 */
export type BatchOutcomes<Outcome extends string> = Map<string, { outcome: Outcome } | { error: unknown }>;

export interface EventClient {
  /** null when the Event service does not know the event (404). */
  getEvent(eventId: string, ctx: PeerCallContext): Promise<PeerEvent | null>;
}

export interface TicketClient {
  listTicketTypes(eventId: string, ctx: PeerCallContext): Promise<TicketType[]>;
  /**
   * The event's listing as this instance last saw it, when a type of it was sold out a moment ago (see
   * peers/sold-out-memory.ts); null when nothing is remembered. Without a memory the method is absent.
   */
  rememberedListing?(eventId: string, ctx: PeerCallContext): TicketType[] | null;
  /** Throws SoldOut (src/errors.ts) on 409 SOLD_OUT. */
  reserve(request: ReservationRequest, ctx: PeerCallContext): Promise<Reservation>;
  /** Throws ReservationGone (below) when the hold expired or was released and cannot be committed. */
  commit(reservationId: string, request: CommitRequest, ctx: PeerCallContext): Promise<AllocatedTicket[]>;
  /** Idempotent: releasing an unknown or released reservation succeeds. */
  release(reservationId: string, ctx: PeerCallContext): Promise<void>;
  /**
   * Releases many holds of one tenant: POST /internal/v1/tickets/holds/release, BATCH_MAX_IDS at a time. A
   * Ticket service without that route is served by `release` per hold instead (found out once per client).
   */
  releaseMany(reservationIds: readonly string[], ctx: PeerCallContext): Promise<BatchOutcomes<HoldReleaseOutcome>>;
  orderTickets(orderId: string, ctx: PeerCallContext): Promise<TicketState[]>;
  releaseTickets(ticketIds: string[], ctx: PeerCallContext): Promise<void>;
  voidTickets(ticketIds: string[], ctx: PeerCallContext): Promise<void>;
}

export interface PaymentClient {
  createIntent(request: CreateIntentRequest, idempotencyKey: string, ctx: PeerCallContext): Promise<PaymentIntent>;
  /** Idempotent: cancelling a cancelled or unknown intent succeeds. */
  cancelIntent(intentId: string, ctx: PeerCallContext): Promise<void>;
  /**
   * Cancels many intents of one tenant: POST /internal/v1/payment-intents/cancel, BATCH_MAX_IDS at a time. A
   * Payment service without that route is served by the single cancel per intent instead (found out once per client).
   */
  cancelIntents(intentIds: readonly string[], ctx: PeerCallContext): Promise<BatchOutcomes<IntentCancelOutcome>>;
  refund(request: RefundRequest, idempotencyKey: string, ctx: PeerCallContext): Promise<PeerRefund>;
}

export interface Peers {
  events: EventClient;
  tickets: TicketClient;
  payments: PaymentClient;
}

/** The hold is gone at the Ticket service (expired or released): 409 RESERVATION_GONE on commit. */
export class ReservationGone extends Error {
  constructor(readonly reservationId: string) {
    super(`reservation ${reservationId} is no longer held`);
    this.name = 'ReservationGone';
  }
}
