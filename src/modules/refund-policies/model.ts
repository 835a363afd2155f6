/** A refund policy as the service handles it: the policy (id, scope, active) and one of its versions. */
import type { PolicyScope, RefundTerms } from '../../core/refund-policy.js';

export interface RefundPolicyVersion {
  id: string;
  tenantId: string;
  version: number;
  name: string;
  scope: PolicyScope;
  eventId: string | null;
  ticketTypeId: string | null;
  terms: RefundTerms;
  /** Whether the policy (not this version) is active now. */
  active: boolean;
  /** When the policy was created (its first version). */
  createdAt: Date;
  /** When this version was written, and by whom. */
  versionCreatedAt: Date;
  versionCreatedBy: string;
  deactivatedAt: Date | null;
}
