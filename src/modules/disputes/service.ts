/**
 * Reading disputes and the tenant's dispute settings (SPEC §8). Webhooks are applied in webhook.ts, tickets
 * of lost disputes voided in ticket-voids.ts.
 */
import type { Database } from '../../db/database.js';
import type { ReferenceCache } from '../../kv/reference-cache.js';
import type { Clock } from '../../clock.js';
import { decodeCursor, keysetAfter, keysetPositionOf, pageOf } from '../../db/keyset.js';
import { isUuid } from '../../uuid.js';
import type { Principal } from '../../http/auth.js';
import type { Metrics } from '../../metrics.js';
import { findOrder, visibleOrder } from '../orders/index.js';
import { readTenantSettings, writeTenantSettingsSection, type DisputeSettings } from '../tenant-settings/index.js';
import type { Dispute, DisputeWithHistory } from './model.js';
import { countOpenDisputesByTenant, listDisputes, listDisputesByDueDate, listOrderDisputes } from './repository.js';

export interface DisputeDependencies {
  db: Database;
  clock: Clock;
  metrics: Metrics;
  /** Told of every committed change of the tenant settings (checkout keeps them a few seconds). */
  reference: ReferenceCache;
}

export interface DisputePage {
  data: DisputeWithHistory[];
  nextCursor: string | null;
}

export interface DisputeListQuery {
  status?: Dispute['status'];
  dueBefore?: Date;
  /** `created` (default): newest first; `dueBy`: evidence due soonest first, disputes without a due date left out. */
  sort?: 'created' | 'dueBy';
  limit: number;
  cursor?: string;
}

function readDuePosition(position: unknown): { dueBy: Date; id: string } | undefined {
  if (!Array.isArray(position) || position.length !== 3 || position[0] !== 'dueBy') return undefined;
  const [, dueBy, id] = position as unknown[];
  if (typeof dueBy !== 'string' || Number.isNaN(Date.parse(dueBy)) || !isUuid(id)) return undefined;
  return { dueBy: new Date(dueBy), id };
}

export class DisputeService {
  constructor(private readonly deps: DisputeDependencies) {}

  async list(principal: Principal, query: DisputeListQuery): Promise<DisputePage> {
    if (query.sort === 'dueBy') return this.listByDueDate(principal, query);
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

  private async listByDueDate(principal: Principal, query: DisputeListQuery): Promise<DisputePage> {
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, readDuePosition);
    const rows = await this.deps.db.tenant(principal.tenantId, (tx) =>
      listDisputesByDueDate(tx, {
        limit: query.limit,
        ...(query.status ? { status: query.status } : {}),
        ...(query.dueBefore ? { dueBefore: query.dueBefore } : {}),
        ...(after ? { after } : {}),
      }),
    );
    return pageOf(rows, query.limit, (row) => ['dueBy', row.evidenceDueBy?.toISOString(), row.id]);
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
    const updated = await this.deps.db.tenant(principal.tenantId, async (tx) => {
      await writeTenantSettingsSection(tx, principal.tenantId, 'disputes', settings, this.deps.clock.now());
      return (await readTenantSettings(tx, principal.tenantId)).disputes;
    });
    this.deps.reference.changed(principal.tenantId);
    return updated;
  }

  /** Sets the disputes_open gauge for every tenant from the database (at start; webhooks keep it current). */
  async refreshOpenDisputesGauge(): Promise<void> {
    const counts = await this.deps.db.system((tx) => countOpenDisputesByTenant(tx));
    for (const { tenantId, open } of counts) this.deps.metrics.disputesOpen.set({ tenant: tenantId ?? 'unmatched' }, open);
  }
}
