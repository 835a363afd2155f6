/**
 * Runs the platform sandbox on its own (SPEC §2 ports): `tsx sandbox/main.ts`. Secrets come from the
 * environment; when absent, development ones are generated and printed so the order service can share them.
 */
import { randomBytes } from 'node:crypto';
import { DEFAULT_SANDBOX_PORTS, startSandbox } from './index.js';

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${name} must be a port number (got "${raw}")`);
  return port;
}

function secretFromEnv(name: string): string {
  const given = process.env[name]?.trim();
  if (given) return given;
  const generated = randomBytes(32).toString('hex');
  console.log(`${name} was not set; generated for this run: ${generated}`);
  return generated;
}

const sandbox = await startSandbox({
  host: process.env.HOST?.trim() || '127.0.0.1',
  ports: {
    ticket: portFromEnv('SANDBOX_TICKET_PORT', DEFAULT_SANDBOX_PORTS.ticket),
    payment: portFromEnv('SANDBOX_PAYMENT_PORT', DEFAULT_SANDBOX_PORTS.payment),
    event: portFromEnv('SANDBOX_EVENT_PORT', DEFAULT_SANDBOX_PORTS.event),
  },
  serviceJwtSecret: secretFromEnv('SERVICE_JWT_SECRET'),
  paymentWebhookSecret: secretFromEnv('PAYMENT_WEBHOOK_SECRET'),
  orderServiceUrl: process.env.ORDER_SERVICE_URL?.trim() || 'http://127.0.0.1:3004',
  logger: { level: process.env.LOG_LEVEL?.trim() || 'info' },
});

console.log(`Ticket sandbox:  ${sandbox.urls.ticket}`);
console.log(`Payment sandbox: ${sandbox.urls.payment}`);
console.log(`Event sandbox:   ${sandbox.urls.event}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void sandbox.close().then(() => process.exit(0));
  });
}
