/**
 * The in-memory state of the sandbox peers (SPEC §9), one part per peer: the Ticket service's
 * (ticket-state.ts), the Event service's (event-state.ts), the Payment service's (payment-state.ts), and the
 * faults switched on at each (faults.ts). Each Fastify app only translates HTTP to its part's methods.
 */
import { EventSandbox } from './event-state.js';
import { SandboxFaults } from './faults.js';
import { PaymentSandbox } from './payment-state.js';
import { TicketSandbox } from './ticket-state.js';

export { SandboxError } from './peer-error.js';
export { DEFAULT_SLOW_DELAY_MS, type FaultState, type SandboxPeer } from './faults.js';
export { intentView, type DisputeRecord, type IntentRecord } from './payment-state.js';

export class SandboxState {
  readonly faults = new SandboxFaults();
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
