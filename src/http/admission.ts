/**
 * Admission of costly work (checkout): at most ADMISSION_MAX_IN_FLIGHT requests of the routes that opt in
 * with `config.admission` are worked on at once in this instance; the next one is refused at once with
 * 503 OVERLOADED and Retry-After, before anything is claimed, read or written (the idempotency claim
 * included), rather than queued until it times out. A refused request leaves nothing behind and may be
 * repeated as it was, with the same Idempotency-Key. A route may exempt the requests it answers without
 * the costly work (checkout: a ticket type remembered sold out). See docs/decisions.md, "On-sale rush".
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Overloaded } from '../errors.js';

export interface AdmissionRule {
  /** True for a request the route will answer without the costly work: it takes no place. */
  exempt?(request: FastifyRequest): boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    admission?: AdmissionRule;
  }
}

export class AdmissionGate {
  private inFlightNow = 0;

  /** `max` 0: no limit. */
  constructor(
    private maxNow: number,
    private readonly retryAfterSeconds: number,
  ) {}

  get max(): number {
    return this.maxNow;
  }

  /**
   * Changes the limit of this instance from now on (0: none); places already taken stay taken. The bench measures
   * the instance's capacity with the limit off and its overload behaviour with the configured one.
   */
  setLimit(max: number): void {
    if (!Number.isInteger(max) || max < 0) throw new RangeError(`an admission limit is a whole number ≥ 0, not ${max}`);
    this.maxNow = max;
  }

  get inFlight(): number {
    return this.inFlightNow;
  }

  /** Takes a place, or throws 503 OVERLOADED when all are taken; the answer gives the place back (once). */
  enter(): () => void {
    if (this.max > 0 && this.inFlightNow >= this.max) {
      throw new Overloaded(`Too many checkouts in progress (${this.max}); retry later`, this.retryAfterSeconds);
    }
    this.inFlightNow += 1;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.inFlightNow -= 1;
    };
  }
}

const leaveOf = new WeakMap<FastifyRequest, () => void>();

/** Before validation and the idempotency claim (preHandler), once the body is read (for the route's exemption). */
export function registerAdmission(app: FastifyInstance, gate: AdmissionGate): void {
  app.addHook('preValidation', async (request, reply) => {
    const rule = request.routeOptions.config?.admission;
    if (!rule || gate.max === 0 || rule.exempt?.(request)) return;
    const leave = gate.enter();
    leaveOf.set(request, leave);
    // The place is given back when the answer is sent, or when the client goes away first.
    reply.raw.once('close', leave);
  });
  app.addHook('onResponse', async (request) => {
    leaveOf.get(request)?.();
  });
}
