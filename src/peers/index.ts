/** Builds the three peer clients, each with its own resilient HTTP caller and so its own circuit breaker. */
import type { ServiceTokenSigner } from '../http/service-token.js';
import type { Metrics } from '../metrics.js';
import { type Peers } from './contract.js';
import { ServiceName } from '../http/service-token.js';
import { createEventClient } from './event-client.js';
import { createPaymentClient } from './payment-client.js';
import { createPeerHttp, type BreakerPolicy, type BreakerState, type RetryPolicy } from './resilient-http.js';
import { createTicketClient } from './ticket-client.js';

export type PeerName = 'ticket' | 'event' | 'payment';

export interface PeersOptions {
  urls: Record<PeerName, string>;
  timeoutMs?: number;
  signer: ServiceTokenSigner;
  metrics?: Pick<Metrics, 'peerCalls' | 'breakerState'>;
  now?: () => number;
  /** Overrides of the SPEC §11 defaults, for tests and drills. */
  retry?: Partial<RetryPolicy>;
  breaker?: Partial<BreakerPolicy>;
}

export type PeersWithHealth = Peers & { breakerStates(): Record<PeerName, BreakerState> };

export function createPeers(options: PeersOptions): PeersWithHealth {
  const httpFor = (peer: PeerName, audience: ServiceName) =>
    createPeerHttp({
      peer,
      audience,
      baseUrl: options.urls[peer],
      timeoutMs: options.timeoutMs,
      retry: options.retry,
      breaker: options.breaker,
      signer: options.signer,
      metrics: options.metrics,
      now: options.now,
    });
  const ticketHttp = httpFor('ticket', ServiceName.ticket);
  const eventHttp = httpFor('event', ServiceName.event);
  const paymentHttp = httpFor('payment', ServiceName.payment);

  return {
    tickets: createTicketClient(ticketHttp),
    events: createEventClient(eventHttp),
    payments: createPaymentClient(paymentHttp),
    breakerStates: () => ({
      ticket: ticketHttp.breakerState(),
      event: eventHttp.breakerState(),
      payment: paymentHttp.breakerState(),
    }),
  };
}

export { PeerHttpError, type BreakerState } from './resilient-http.js';
