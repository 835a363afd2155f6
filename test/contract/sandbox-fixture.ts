/**
 * Shared set-up of the contract tests: the real sandbox on random ports with a controllable clock, and our
 * own peer clients pointed at it, exactly as the order service builds them.
 */
import { randomUUID } from 'node:crypto';
import { Value } from '@sinclair/typebox/value';
import { createServiceTokenSigner } from '../../src/http/service-token.js';
import { SandboxEvent, type PeerCallContext, type SandboxEventRequest } from '../../src/peers/contract.js';
import { ServiceName } from '../../src/http/service-token.js';
import { createPeers, type PeersWithHealth } from '../../src/peers/index.js';
import { startSandbox, type RunningSandbox, type SandboxMessage } from '../../sandbox/index.js';

export const SERVICE_JWT_SECRET = 'contract-test-service-secret-0123456789';
export const PAYMENT_WEBHOOK_SECRET = 'contract-test-webhook-secret-0123456789';

export interface ContractFixture {
  sandbox: RunningSandbox;
  peers: PeersWithHealth;
  /** Messages the sandbox published through its bus hook. */
  published: SandboxMessage[];
  /** The sandbox's clock: moves only when a test advances it. */
  nowMs(): number;
  advance(ms: number): void;
  close(): Promise<void>;
}

/** batchRoutes false: the sandbox without its batch routes, as an older Ticket or Payment service. */
export async function startContractFixture(options: { orderServiceUrl?: string; batchRoutes?: boolean } = {}): Promise<ContractFixture> {
  let nowMs = Date.now();
  const published: SandboxMessage[] = [];
  const sandbox = await startSandbox({
    ports: { ticket: 0, payment: 0, event: 0 },
    serviceJwtSecret: SERVICE_JWT_SECRET,
    paymentWebhookSecret: PAYMENT_WEBHOOK_SECRET,
    orderServiceUrl: options.orderServiceUrl,
    batchRoutes: options.batchRoutes,
    publish: async (message) => {
      published.push(message);
    },
    now: () => nowMs,
  });
  const peers = createPeers({
    urls: sandbox.urls,
    signer: createServiceTokenSigner(SERVICE_JWT_SECRET, ServiceName.order),
    timeoutMs: 2000,
    retry: { delaysMs: [5, 10, 20] },
  });
  return {
    sandbox,
    peers,
    published,
    nowMs: () => nowMs,
    advance: (ms) => {
      nowMs += ms;
    },
    close: () => sandbox.close(),
  };
}

/** Each test gets its own tenant, so tests never see each other's data. */
export function newTenant(): PeerCallContext {
  return { tenantId: randomUUID(), requestId: randomUUID() };
}

export async function postJson(url: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

export async function createSandboxEvent(
  fixture: ContractFixture,
  tenantId: string,
  overrides: Partial<SandboxEventRequest> = {},
): Promise<SandboxEvent> {
  const request: SandboxEventRequest = {
    tenantId,
    name: 'Contract Test Live',
    startsAt: new Date(fixture.nowMs() + 30 * 24 * 3600 * 1000).toISOString(),
    currency: 'USD',
    venue: { name: 'Test Hall', country: 'US', region: 'NY', city: 'New York', postalCode: '10001' },
    ticketTypes: [
      { name: 'General', price: 5000, capacity: 10 },
      { name: 'VIP', price: 15000, capacity: 2 },
    ],
    ...overrides,
  };
  const { status, body } = await postJson(`${fixture.sandbox.urls.event}/sandbox/events`, request);
  if (status !== 201 || !Value.Check(SandboxEvent, body)) throw new Error(`creating a sandbox event failed: ${status} ${JSON.stringify(body)}`);
  return body;
}

export function ticketTypeId(event: SandboxEvent, name: string): string {
  const type = event.ticketTypes.find((candidate) => candidate.name === name);
  if (!type) throw new Error(`event has no ticket type ${name}`);
  return type.id;
}

export function minutesFrom(nowMs: number, minutes: number): string {
  return new Date(nowMs + minutes * 60_000).toISOString();
}
