/**
 * The one error hierarchy of the service. Every failure a caller may see is an AppError with a stable
 * upper-snake `code` and an HTTP status; src/http/problem.ts turns it into application/problem+json.
 * Anything that is not an AppError becomes INTERNAL with no internals in the body.
 */
export interface FieldError {
  field: string;
  message: string;
}

/** The Retry-After header of an answer: whole seconds, at least one. */
function retryAfter(seconds: number): Record<string, string> {
  return { 'retry-after': String(Math.max(1, Math.ceil(seconds))) };
}

export abstract class AppError extends Error {
  abstract readonly code: string;
  abstract readonly status: number;
  abstract readonly title: string;
  /** Extra members of the problem document (e.g. `errors`, `reasons`). */
  readonly extra: Record<string, unknown>;
  /** Response headers the error needs (e.g. Retry-After). */
  readonly headers: Record<string, string>;

  constructor(detail: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
    super(detail);
    this.name = new.target.name;
    this.extra = extra;
    this.headers = headers;
  }
}

export class ValidationFailed extends AppError {
  readonly code = 'VALIDATION_FAILED';
  readonly status = 400;
  readonly title = 'The request is not valid';
  constructor(detail: string, errors: FieldError[] = []) {
    super(detail, { errors });
  }
}

export class Unauthenticated extends AppError {
  readonly code = 'UNAUTHENTICATED';
  readonly status = 401;
  readonly title = 'Authentication is required';
}

export class Forbidden extends AppError {
  readonly code = 'FORBIDDEN';
  readonly status = 403;
  readonly title = 'Not allowed';
}

export class NotFound extends AppError {
  readonly code = 'NOT_FOUND';
  readonly status = 404;
  readonly title = 'Not found';
}

export class InvalidState extends AppError {
  readonly code = 'INVALID_STATE';
  readonly status = 409;
  readonly title = 'The resource is not in a state that allows this';
}

export class IdempotencyKeyReused extends AppError {
  readonly code = 'IDEMPOTENCY_KEY_REUSED';
  readonly status = 422;
  readonly title = 'The idempotency key was used with a different request';
}

export class IdempotencyInProgress extends AppError {
  readonly code = 'IDEMPOTENCY_IN_PROGRESS';
  readonly status = 409;
  readonly title = 'A request with this idempotency key is still running';
}

export class SoldOut extends AppError {
  readonly code = 'SOLD_OUT';
  readonly status = 409;
  readonly title = 'Not enough tickets are available';
}

/** A business rule of checkout refused the request (limits, sale window, currency). */
export class CheckoutRejected extends AppError {
  readonly status = 422;
  readonly title = 'The order cannot be placed';
  constructor(
    readonly code: 'ORDER_LIMIT_EXCEEDED' | 'EVENT_NOT_ON_SALE' | 'CURRENCY_MISMATCH' | 'ORDER_TOTAL_OUT_OF_RANGE' | 'UNKNOWN_TICKET_TYPE',
    detail: string,
    extra: Record<string, unknown> = {},
  ) {
    super(detail, extra);
  }
}

/** The promo code given at checkout does not apply; `reason` says why (src/core/promotions.ts PROMO_CODE_REASONS). */
export class PromoCodeInvalid extends AppError {
  readonly code = 'PROMO_CODE_INVALID';
  readonly status = 422;
  readonly title = 'The promo code cannot be applied';
  constructor(detail: string, reason: string) {
    super(detail, { reason });
  }
}

/** Every redemption the promo code allows is taken (held by a live or paid order). */
export class PromoCodeExhausted extends AppError {
  readonly code = 'PROMO_CODE_EXHAUSTED';
  readonly status = 409;
  readonly title = 'The promo code has no redemptions left';
}

/** Another promotion of the tenant already has this code (compared case-insensitively). */
export class PromoCodeExists extends AppError {
  readonly code = 'PROMO_CODE_EXISTS';
  readonly status = 409;
  readonly title = 'A promotion with this code already exists';
}

export class ReservationNotExtendable extends AppError {
  readonly code = 'RESERVATION_NOT_EXTENDABLE';
  readonly status = 409;
  readonly title = 'The reservation cannot be extended';
}

export class TaxLocationUnknown extends AppError {
  readonly code = 'TAX_LOCATION_UNKNOWN';
  readonly status = 422;
  readonly title = 'No tax jurisdiction matches the location';
}

/** An exemption certificate given at checkout or calculation is unknown, another buyer's, or not valid that day. */
export class TaxExemptionInvalid extends AppError {
  readonly code = 'TAX_EXEMPTION_INVALID';
  readonly status = 422;
  readonly title = 'The tax exemption certificate cannot be applied';
}

/** A tax configuration change collides with what is stored (a code or dated rate that exists, children that remain). */
export class TaxConfigurationConflict extends AppError {
  readonly status = 409;
  readonly title = 'The change conflicts with the tax configuration';
  constructor(
    readonly code: 'TAX_JURISDICTION_EXISTS' | 'TAX_JURISDICTION_HAS_CHILDREN' | 'TAX_RATE_EXISTS',
    detail: string,
    extra: Record<string, unknown> = {},
  ) {
    super(detail, extra);
  }
}

export class RefundNotEligible extends AppError {
  readonly code = 'REFUND_NOT_ELIGIBLE';
  readonly status = 422;
  readonly title = 'The order is not eligible for this refund';
  constructor(detail: string, reasons: string[]) {
    super(detail, { reasons });
  }
}

export class RefundsLocked extends AppError {
  readonly code = 'REFUNDS_LOCKED';
  readonly status = 409;
  readonly title = 'Refunds are locked by an open dispute';
}

/** Another active refund policy already covers the scope (one active policy per tenant, event or ticket type). */
/** Another order change is in flight: one open change per order, and refunds wait for it (SPEC §13). */
export class ChangeInProgress extends AppError {
  readonly code = 'CHANGE_IN_PROGRESS';
  readonly status = 409;
  readonly title = 'An order change is in progress';
  constructor(detail: string, changeId?: string) {
    super(detail, changeId ? { changeId } : {});
  }
}

/** The change asked for cannot be made to this order (its lines, or the order it would leave); nothing is stored. */
export class ChangeRejected extends AppError {
  readonly status = 422;
  readonly title = 'The order change cannot be made';
  constructor(
    readonly code: 'CHANGE_EMPTY' | 'CHANGE_ITEM_UNKNOWN' | 'CHANGE_QUANTITY_EXCEEDS' | 'UNKNOWN_TICKET_TYPE' | 'ORDER_LIMIT_EXCEEDED' | 'ORDER_TOTAL_OUT_OF_RANGE',
    detail: string,
    extra: Record<string, unknown> = {},
  ) {
    super(detail, extra);
  }
}

/** The order's refund policy does not let its buyer change it (now); staff may. `reason` says which rule. */
export class ChangeNotAllowed extends AppError {
  readonly code = 'CHANGE_NOT_ALLOWED';
  readonly status = 422;
  readonly title = 'The order cannot be changed';
  constructor(detail: string, reason: 'CHANGES_DISABLED' | 'PAST_CHANGE_CUTOFF' | 'EVENT_UNKNOWN' | 'EVENT_NOT_ON_SALE') {
    super(detail, { reason });
  }
}

export class RefundPolicyConflict extends AppError {
  readonly code = 'REFUND_POLICY_CONFLICT';
  readonly status = 409;
  readonly title = 'An active refund policy already covers this scope';
}

/** The Payment service refused or could not take a refund; the refund is FAILED and nothing was applied. */
export class RefundFailed extends AppError {
  readonly code = 'REFUND_FAILED';
  readonly status = 502;
  readonly title = 'The payment service did not refund';
  constructor(detail: string, refundId: string) {
    super(detail, { refundId });
  }
}

export class RateLimited extends AppError {
  readonly code = 'RATE_LIMITED';
  readonly status = 429;
  readonly title = 'Too many requests';
  constructor(retryAfterSeconds: number) {
    super(`Rate limit reached; retry in ${retryAfterSeconds} s`, {}, { 'retry-after': String(retryAfterSeconds) });
  }
}

/** A payment webhook whose Payment-Signature is missing, malformed or does not match (SPEC §4). */
export class WebhookSignatureInvalid extends AppError {
  readonly code = 'WEBHOOK_SIGNATURE_INVALID';
  readonly status = 400;
  readonly title = 'The webhook signature is not valid';
}

/** A webhook endpoint URL the service will not send to: not https, or a loopback, private or metadata address (SPEC §16). */
export class WebhookUrlRefused extends AppError {
  readonly code = 'WEBHOOK_URL_REFUSED';
  readonly status = 400;
  readonly title = 'The webhook URL is not allowed';
  constructor(detail: string, errors: FieldError[] = []) {
    super(detail, { errors });
  }
}

/** A correctly signed payment webhook whose timestamp is outside the tolerance (replay protection). */
export class WebhookTimestampStale extends AppError {
  readonly code = 'WEBHOOK_TIMESTAMP_STALE';
  readonly status = 400;
  readonly title = 'The webhook timestamp is outside the tolerance';
}

export class PayloadTooLarge extends AppError {
  readonly code = 'PAYLOAD_TOO_LARGE';
  readonly status = 413;
  readonly title = 'The request body is too large';
}

/** A string of the request holds a NUL character or an unpaired UTF-16 surrogate, which cannot be stored as text. */
export class InvalidCharacters extends AppError {
  readonly code = 'INVALID_CHARACTERS';
  readonly status = 400;
  readonly title = 'The request holds characters that are not allowed';
  constructor(fields: string[]) {
    super(
      'Text must not contain NUL characters or unpaired surrogates',
      { errors: fields.map((field) => ({ field, message: 'contains a NUL character or an unpaired surrogate' })) },
    );
  }
}

/** The HTTP request could not be parsed (bad framing, bad URL encoding). */
export class MalformedRequest extends AppError {
  readonly code = 'MALFORMED_REQUEST';
  readonly status = 400;
  readonly title = 'The HTTP request is malformed';
}

/** The request (headers or body) did not arrive within its deadline. */
export class RequestTimeout extends AppError {
  readonly code = 'REQUEST_TIMEOUT';
  readonly status = 408;
  readonly title = 'The request did not arrive in time';
}

/** A path segment is longer than any identifier of the API. */
export class UriTooLong extends AppError {
  readonly code = 'URI_TOO_LONG';
  readonly status = 414;
  readonly title = 'The request URI is too long';
}

export class HeadersTooLarge extends AppError {
  readonly code = 'HEADERS_TOO_LARGE';
  readonly status = 431;
  readonly title = 'The request headers are too large';
}

/** The process is overloaded (event-loop delay or heap) or at its connection limit; retry later. */
export class Overloaded extends AppError {
  readonly code = 'OVERLOADED';
  readonly status = 503;
  readonly title = 'The service is overloaded';
  constructor(detail: string, retryAfterSeconds: number) {
    super(detail, {}, retryAfter(retryAfterSeconds));
  }
}

export class UnsupportedMediaType extends AppError {
  readonly code = 'UNSUPPORTED_MEDIA_TYPE';
  readonly status = 415;
  readonly title = 'The request body must be application/json';
}

export class UpstreamUnavailable extends AppError {
  readonly code = 'UPSTREAM_UNAVAILABLE';
  readonly status = 503;
  readonly title = 'A service this request depends on is unavailable';
  constructor(
    readonly peer: string,
    detail: string,
    retryAfterSeconds = 5,
    /** True when a call may have taken effect at the peer although no answer came back (timeout, lost connection). */
    readonly effectUnknown = false,
  ) {
    super(detail, { peer }, retryAfter(retryAfterSeconds));
  }
}

export class Internal extends AppError {
  readonly code = 'INTERNAL';
  readonly status = 500;
  readonly title = 'Internal error';
}
