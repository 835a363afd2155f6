/** `npm run console:api-types`: writes admin-console/src/api-types.d.ts from the OpenAPI document of the service as built now. */
import { writeFile } from 'node:fs/promises';
import { pino } from 'pino';
import { loadConfig } from '../config.js';
import { buildAppOn, openInfrastructure } from '../infrastructure.js';
import { createMetrics } from '../metrics.js';
import { API_TYPES_FILE, apiTypesOf } from './api-types.js';

const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PORT: '0' });
const metrics = createMetrics({ defaultMetrics: false });
const log = pino({ level: 'silent' });
const infra = await openInfrastructure(config, metrics, { inMemoryDatabase: true, sandboxPorts: { ticket: 0, payment: 0, event: 0 }, log });
try {
  const app = await buildAppOn(infra, config, { metrics, logger: log });
  await app.ready();
  await writeFile(API_TYPES_FILE, await apiTypesOf(app.swagger()));
  await app.close();
  console.error(`wrote ${API_TYPES_FILE}`);
} finally {
  await infra.close();
}
