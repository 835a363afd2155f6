/**
 * Reading disputes and the tenant's dispute settings (SPEC §8). Webhooks are applied in webhook.ts, tickets
 * of lost disputes voided in ticket-voids.ts.
 */
import type { Database } from '../../db/database.js';
import type { Clock } from '../../clock.js';
import { keysetAfter, keysetPositionOf, pageOf } from '../../db/keyset.js';
import type { Principal } from '../../http/auth.js';
import type { Metrics } from '../../metrics.js';
import { findOrder, visibleOrder } from '../orders/index.js';
import { readTenantSettings, writeTenantSettingsSection, type DisputeSettings } from '../tenant-settings/index.js';
import type { Dispute, DisputeWithHistory } from './model.js';
import { countOpenDisputesByTenant, listDisputes, listOrderDisputes } from './repository.js';

export interface DisputeDependencies {
  db: Database;
  clock: Clock;
  metrics: Metrics;
}

export interface DisputePage {
  data: DisputeWithHistory[];
  nextCursor: string | null;
}

export interface DisputeListQuery {
  status?: Dispute['status'];
  dueBefore?: Date;
  limit: number;
  cursor?: string;
}

export class DisputeService {
  constructor(private readonly deps: DisputeDependencies) {}

  async list(principal: Principal, query: DisputeListQuery): Promise<DisputePage> {
    const after = keysetAfter(query.cursor);
    const rows = await this.deps.db.tenant(principal.tenantId, (tx) =>
      listDisputes(tx, {
        limit: query.limit,
        ...(query.status ? { status: query.status } : {}),
        ...(query.dueBefore ? { dueBefore: query.dueBefore } : {}),
        ...(after ? { after } : {}),
      }),
    );
    return pageOf(rows, query.limit, keysetPositionOf);
  }

  /** The disputes of one order, for its buyer or staff; anyone else gets 404 as for a missing order. */
  listForOrder(principal: Principal, orderId: string): Promise<DisputeWithHistory[]> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      visibleOrder(await findOrder(tx, orderId), principal);
      return listOrderDisputes(tx, orderId);
    });
  }

  async settings(principal: Principal): Promise<DisputeSettings> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => (await readTenantSettings(tx, principal.tenantId)).disputes);
  }

  async updateSettings(principal: Principal, settings: DisputeSettings): Promise<DisputeSettings> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      await writeTenantSettingsSection(tx, principal.tenantId, 'disputes', settings, this.deps.clock.now());
      return (await readTenantSettings(tx, principal.tenantId)).disputes;
    });
  }

  /** Sets the disputes_open gauge for every tenant from the database (at start; webhooks keep it current). */
  async refreshOpenDisputesGauge(): Promise<void> {
    const counts = await this.deps.db.system((tx) => countOpenDisputesByTenant(tx));
    for (const { tenantId, open } of counts) this.deps.metrics.disputesOpen.set({ tenant: tenantId ?? 'unmatched' }, open);
  }
}
