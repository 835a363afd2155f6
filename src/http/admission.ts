/**
 * Admission of costly work (checkout): at most ADMISSION_MAX_IN_FLIGHT requests of the routes that opt in
 * with `config.admission` are worked on at once in this instance; the next one is refused at once with
 * 503 OVERLOADED and Retry-After, before anything is claimed, read or written (the idempotency claim
 * included), rather than queued until it times out. A refused request leaves nothing behind and may be
 * repeated as it was, with the same Idempotency-Key. See docs/decisions.md, "On-sale rush".
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Overloaded } from '../errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    admission?: boolean;
  }
}

export class AdmissionGate {
  private inFlightNow = 0;

  /** `max` 0: no limit. */
  constructor(
    readonly max: number,
    private readonly retryAfterSeconds: number,
  ) {}

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

/** Registered after authentication, before the rate limits and the idempotency claim. */
export function registerAdmission(app: FastifyInstance, gate: AdmissionGate): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!request.routeOptions.config?.admission || gate.max === 0) return;
    const leave = gate.enter();
    leaveOf.set(request, leave);
    // The place is given back when the answer is sent, or when the client goes away first.
    reply.raw.once('close', leave);
  });
  app.addHook('onResponse', async (request) => {
    leaveOf.get(request)?.();
  });
}
