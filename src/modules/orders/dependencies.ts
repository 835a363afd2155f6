/** What the orders area needs from the outside, passed in (no globals). */
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import type { ReferenceCache } from '../../kv/reference-cache.js';
import type { Metrics } from '../../metrics.js';
import type { Peers } from '../../peers/contract.js';

export interface OrderDependencies {
  db: Database;
  peers: Peers;
  clock: Clock;
  config: Pick<Config, 'reservation' | 'sagaTimeoutSeconds' | 'expirySweepIntervalSeconds' | 'orderReleaseRetrySeconds'>;
  metrics: Metrics;
  log: FastifyBaseLogger;
  /** The tenant settings and tax jurisdictions checkout prices with, kept for a few seconds (ReferenceCache). */
  reference: ReferenceCache;
}
