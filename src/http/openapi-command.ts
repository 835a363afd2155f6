/**
 * `npm run openapi`: writes the OpenAPI document the service serves at /docs/json to a file (default
 * `openapi.json`), for `npm run lint:openapi` and for clients. It assembles the app as `npm start` does on
 * an in-memory embedded database with the sandbox peers, so it needs no services and no configuration.
 */
import { writeFile } from 'node:fs/promises';
import { pino } from 'pino';
import { loadConfig } from '../config.js';
import { buildAppOn, openInfrastructure } from '../infrastructure.js';
import { createMetrics } from '../metrics.js';

const target = process.argv[2] ?? 'openapi.json';
const config = loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent' });
const log = pino({ level: 'silent' });
const metrics = createMetrics({ defaultMetrics: false });
const infra = await openInfrastructure(config, metrics, { inMemoryDatabase: true, sandboxPorts: { ticket: 0, payment: 0, event: 0 }, log });
try {
  const app = await buildAppOn(infra, config, { metrics, logger: log });
  await app.ready();
  await writeFile(target, `${JSON.stringify(app.swagger(), null, 2)}\n`);
  await app.close();
  process.stdout.write(`Wrote the OpenAPI document to ${target}\n`);
} finally {
  await infra.close();
}
