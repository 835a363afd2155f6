/**
 * Refund policy management (SPEC §6): create, read, list, edit (a new version, same id) and deactivate,
 * and the effective policy of an event or ticket type. Each use case is one tenant transaction.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/database.js';
import { PgCode, pgErrorCode } from '../../db/database.js';
import { validatePolicy, type PolicyDefinition, type PolicyInput, type PolicyScope } from '../../core/refund-policy.js';
import { InvalidState, NotFound, RefundPolicyConflict, ValidationFailed } from '../../errors.js';
import type { Principal } from '../../http/auth.js';
import type { EventClient } from '../../peers/contract.js';
import { keysetAfter, keysetPositionOf, pageOf } from '../../db/keyset.js';
import type { RefundPolicyVersion } from './model.js';
import {
  addVersion,
  deactivatePolicy,
  effectivePolicy,
  findPolicy,
  insertPolicy,
  listPolicies,
  listVersions,
  lockPolicy,
} from './repository.js';

export interface RefundPolicyDependencies {
  db: Database;
  clock: Clock;
  events: EventClient;
  log: FastifyBaseLogger;
}

export interface PolicyListQuery {
  scope?: PolicyScope;
  eventId?: string;
  active?: boolean;
  limit: number;
  cursor?: string;
}

/** The effective policy: a stored one, or the built-in default when none applies. */
export type EffectivePolicy =
  | { source: 'ticketType' | 'event' | 'tenant'; policy: RefundPolicyVersion }
  | { source: 'default'; policy: null };

export class RefundPolicyService {
  constructor(private readonly deps: RefundPolicyDependencies) {}

  async create(principal: Principal, input: PolicyInput): Promise<RefundPolicyVersion> {
    const definition = await this.validated(principal, input);
    const id = randomUUID();
    return this.withConflictMapped(() =>
      this.deps.db.tenant(principal.tenantId, async (tx) => {
        await insertPolicy(tx, { id, tenantId: principal.tenantId, definition, actorId: principal.userId, now: this.deps.clock.now() });
        return this.required(await findPolicy(tx, id));
      }),
    );
  }

  /** An edit is a new version under the same id; earlier versions stay as they were. */
  async update(principal: Principal, id: string, input: PolicyInput): Promise<RefundPolicyVersion> {
    const definition = await this.validated(principal, input);
    return this.withConflictMapped(() =>
      this.deps.db.tenant(principal.tenantId, async (tx) => {
        const head = await lockPolicy(tx, id);
        if (!head) throw new NotFound(`Refund policy ${id} not found`);
        if (!head.active) throw new InvalidState('A deactivated refund policy cannot be edited; create a new one');
        const version = head.currentVersion + 1;
        await addVersion(tx, { id, tenantId: principal.tenantId, version, definition, actorId: principal.userId, now: this.deps.clock.now() });
        return this.required(await findPolicy(tx, id));
      }),
    );
  }

  /** Deactivating keeps every version (orders confirmed under it still use it); repeating it is harmless. */
  deactivate(principal: Principal, id: string): Promise<RefundPolicyVersion> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      if (!(await lockPolicy(tx, id))) throw new NotFound(`Refund policy ${id} not found`);
      await deactivatePolicy(tx, id, this.deps.clock.now());
      return this.required(await findPolicy(tx, id));
    });
  }

  get(principal: Principal, id: string, version?: number): Promise<RefundPolicyVersion> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => this.required(await findPolicy(tx, id, version)));
  }

  versions(principal: Principal, id: string): Promise<RefundPolicyVersion[]> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      const versions = await listVersions(tx, id);
      if (versions.length === 0) throw new NotFound(`Refund policy ${id} not found`);
      return versions;
    });
  }

  async list(principal: Principal, query: PolicyListQuery): Promise<{ data: RefundPolicyVersion[]; nextCursor: string | null }> {
    const after = keysetAfter(query.cursor);
    const { cursor: _cursor, ...filter } = query;
    const rows = await this.deps.db.tenant(principal.tenantId, (tx) => listPolicies(tx, { ...filter, after }));
    return pageOf(rows, query.limit, keysetPositionOf);
  }

  async effective(principal: Principal, eventId: string, ticketTypeId?: string): Promise<EffectivePolicy> {
    const policy = await this.deps.db.tenant(principal.tenantId, (tx) => effectivePolicy(tx, eventId, ticketTypeId ? [ticketTypeId] : []));
    return policy ? { source: policy.scope, policy } : { source: 'default', policy: null };
  }

  private async validated(principal: Principal, input: PolicyInput): Promise<PolicyDefinition> {
    const result = validatePolicy(input);
    if (!result.ok) throw new ValidationFailed('The refund policy is not valid', result.errors);
    const { eventId } = result.policy;
    if (eventId !== null) {
      const event = await this.deps.events.getEvent(eventId, { tenantId: principal.tenantId });
      if (!event || event.tenantId !== principal.tenantId) {
        throw new ValidationFailed('The refund policy names an unknown event', [{ field: 'body.eventId', message: 'is not an event of this tenant' }]);
      }
    }
    return result.policy;
  }

  private required(policy: RefundPolicyVersion | null): RefundPolicyVersion {
    if (!policy) throw new NotFound('Refund policy not found');
    return policy;
  }

  private async withConflictMapped<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (pgErrorCode(error) === PgCode.uniqueViolation) {
        throw new RefundPolicyConflict('Another active refund policy already covers this scope; edit or deactivate it first');
      }
      throw error;
    }
  }
}
