/**
 * The in-memory state of the sandbox peers (SPEC §9), one part per peer: the Ticket service's
 * (ticket-state.ts), the Event service's (event-state.ts), the Payment service's (payment-state.ts), and the
 * faults switched on at each (faults.ts). Each Fastify app only translates HTTP to its part's methods.
 */
import { EventSandbox } from './event-state.js';
import { SandboxFaults, type SandboxPeer } from './faults.js';
import { PaymentSandbox } from './payment-state.js';
import { TicketSandbox } from './ticket-state.js';

export { SandboxError } from './peer-error.js';
export { DEFAULT_SLOW_DELAY_MS, type FaultState, type SandboxPeer } from './faults.js';
export { intentView, type DisputeRecord, type IntentRecord } from './payment-state.js';

/** A call a peer received with a W3C trace context, so tests can see that the caller's trace reached it. */
export interface ReceivedTraceContext {
  peer: SandboxPeer;
  method: string;
  path: string;
  traceparent: string;
}

/** How many received trace contexts are kept (the latest). */
const RECEIVED_TRACE_CONTEXTS = 1000;

export class SandboxState {
  readonly faults = new SandboxFaults();
  readonly receivedTraceContexts: ReceivedTraceContext[] = [];

  recordTraceContext(received: ReceivedTraceContext): void {
    this.receivedTraceContexts.push(received);
    if (this.receivedTraceContexts.length > RECEIVED_TRACE_CONTEXTS) this.receivedTraceContexts.shift();
  }

  readonly tickets: TicketSandbox;
  readonly events: EventSandbox;
  readonly payments: PaymentSandbox;

  /** Milliseconds since the epoch; injectable so tests can let holds expire without waiting. */
  constructor(readonly now: () => number = Date.now) {
    this.tickets = new TicketSandbox(now, (eventId) => this.events.events.get(eventId));
    this.events = new EventSandbox(this.tickets);
    this.payments = new PaymentSandbox(now);
  }
}
