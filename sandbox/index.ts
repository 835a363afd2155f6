/**
 * Starts the platform sandbox (SPEC §9): working Ticket, Event and Payment peers sharing one in-memory
 * state, each on its own port like the real services. Embedded mode starts it beside the order service;
 * tests start it on random ports (port 0).
 */
import type { AddressInfo } from 'node:net';
import { buildEventApp } from './event-app.js';
import type { PublishMessage, SandboxFastify, SandboxLogger } from './http.js';
import { buildPaymentApp } from './payment-app.js';
import { SandboxState, type SandboxPeer } from './state.js';
import { buildTicketApp } from './ticket-app.js';

export { buildEventApp, type EventAppOptions } from './event-app.js';
export { buildPaymentApp, paymentSignature, type PaymentAppOptions } from './payment-app.js';
export { buildTicketApp } from './ticket-app.js';
export type { Delivery, PublishMessage, SandboxAppOptions, SandboxMessage } from './http.js';
export { SandboxError, SandboxState, type SandboxPeer } from './state.js';

export const DEFAULT_SANDBOX_PORTS: Record<SandboxPeer, number> = { ticket: 3001, payment: 3002, event: 3005 };

export interface SandboxOptions {
  host?: string;
  /** 0 picks a free port. */
  ports?: Partial<Record<SandboxPeer, number>>;
  serviceJwtSecret: string;
  paymentWebhookSecret: string;
  /** Where payment confirmations and dispute webhooks go; can be set later with setOrderServiceUrl. */
  orderServiceUrl?: string;
  publish?: PublishMessage;
  logger?: SandboxLogger;
  now?: () => number;
  /** false: the Ticket and Payment peers without their batch routes (SandboxAppOptions.batchRoutes). */
  batchRoutes?: boolean;
}

export interface RunningSandbox {
  urls: Record<SandboxPeer, string>;
  state: SandboxState;
  setOrderServiceUrl(url: string): void;
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions): Promise<RunningSandbox> {
  const host = options.host ?? '127.0.0.1';
  const state = new SandboxState(options.now);
  let orderServiceUrl = options.orderServiceUrl;
  const shared = { state, serviceJwtSecret: options.serviceJwtSecret, logger: options.logger ?? false, batchRoutes: options.batchRoutes };
  const apps: Record<SandboxPeer, SandboxFastify> = {
    ticket: buildTicketApp(shared),
    event: buildEventApp({ ...shared, publish: options.publish }),
    payment: buildPaymentApp({
      ...shared,
      paymentWebhookSecret: options.paymentWebhookSecret,
      orderServiceUrl: () => orderServiceUrl,
      publish: options.publish,
    }),
  };
  const close = async () => {
    await Promise.all(Object.values(apps).map((app) => app.close()));
  };

  try {
    for (const peer of ['ticket', 'payment', 'event'] as const) {
      await apps[peer].listen({ host, port: options.ports?.[peer] ?? DEFAULT_SANDBOX_PORTS[peer] });
    }
  } catch (error) {
    // One port taken must not leave the other peers listening.
    await close();
    throw error;
  }

  return {
    urls: { ticket: urlOf(apps.ticket, host), payment: urlOf(apps.payment, host), event: urlOf(apps.event, host) },
    state,
    setOrderServiceUrl(url) {
      orderServiceUrl = url;
    },
    close,
  };
}

function urlOf(app: SandboxFastify, host: string): string {
  const { port } = app.server.address() as AddressInfo;
  // A wildcard bind is reachable on loopback; an IPv6 literal needs brackets in a URL.
  const reachableHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return `http://${reachableHost}:${port}`;
}
