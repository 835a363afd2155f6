/**
 * Personal data of one buyer (SPEC §16, admins): the export of everything held about them, and its erasure —
 * personal data replaced by a pseudonym in one tenant transaction, every amount kept, the answer saying what
 * was kept and why. Erasing again changes nothing more and adds nothing to the timeline.
 */
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/database.js';
import { documentRetainedUntil, DOCUMENT_RETENTION_YEARS, ERASED_TEXT, newPseudonym, pseudonymisedBilling, type Retention } from '../../core/privacy.js';
import type { Principal } from '../../http/auth.js';
import { actorOf, appendTimeline } from '../orders/index.js';
import {
  countOf,
  deleteIdempotencyKeys,
  heldData,
  pseudonymiseOrders,
  pseudonymiseRefundReasons,
  pseudonymiseTimeline,
  recordErasure,
  retainedDocuments,
  type HeldData,
} from './repository.js';

export interface PersonalDataExport extends HeldData {
  userId: string;
  tenantId: string;
  generatedAt: Date;
}

export interface ErasureResult {
  userId: string;
  pseudonym: string;
  firstErasedAt: Date;
  /** True when an earlier erasure had already been made (this one may still have found new data). */
  repeated: boolean;
  pseudonymised: { orders: number; timelineEntries: number; refundReasons: number };
  deleted: { storedResponses: number };
  retained: Retention[];
}

/** The timeline entry an erasure writes on each order it changed: what kinds of data went, never the data. */
export const ERASURE_ENTRY = 'personal_data.erased';

export class PrivacyService {
  constructor(private readonly deps: { db: Database; clock: Clock }) {}

  exportUser(principal: Principal, userId: string): Promise<PersonalDataExport> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => ({
      userId,
      tenantId: principal.tenantId,
      generatedAt: this.deps.clock.now(),
      ...(await heldData(tx, userId)),
    }));
  }

  erase(principal: Principal, userId: string): Promise<ErasureResult> {
    const now = this.deps.clock.now();
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      const erasure = await recordErasure(tx, principal.tenantId, userId, newPseudonym(), principal.userId, now);
      const orders = await pseudonymiseOrders(tx, userId, pseudonymisedBilling(erasure.pseudonym), ERASED_TEXT);
      const timeline = await pseudonymiseTimeline(tx, userId, ERASED_TEXT);
      const refundReasons = await pseudonymiseRefundReasons(tx, userId, ERASED_TEXT);
      const storedResponses = await deleteIdempotencyKeys(tx, userId);
      const changedOrders = [...new Set([...orders, ...timeline.orderIds])];
      // The entry holds no address at all: the orders' timelines are address-free from now on.
      const { ip: _ip, ...actor } = actorOf(principal);
      for (const orderId of changedOrders) {
        await appendTimeline(tx, {
          tenantId: principal.tenantId,
          orderId,
          type: ERASURE_ENTRY,
          actor,
          data: { erased: ['billing', 'metadata', 'ipAddresses', 'userAgents', 'buyerReasons'] },
          at: now,
        });
      }
      const documents = await retainedDocuments(tx, userId);
      return {
        userId,
        pseudonym: erasure.pseudonym,
        firstErasedAt: erasure.firstErasedAt,
        repeated: erasure.repeated,
        pseudonymised: { orders: changedOrders.length, timelineEntries: timeline.entries, refundReasons },
        deleted: { storedResponses },
        retained: retentionOf(documents, await countOf(tx, 'tax_exemptions', userId), await countOf(tx, 'disputes', userId)),
      };
    });
  }
}

function retentionOf(documents: { id: string; number: string; issued_at: Date }[], exemptions: number, disputes: number): Retention[] {
  const retained: Retention[] = [
    {
      what: 'amounts, items, tickets, statuses and dates of every order, refund and promotion redemption',
      why: 'bookkeeping and tax law require the transactions themselves; they identify no one once billing and metadata are gone',
    },
    {
      what: 'the user id on the orders and in messages already sent',
      why: "it is the platform's opaque account identifier that links the pseudonymised records; the account itself is the identity service's to delete",
    },
  ];
  if (documents.length > 0) {
    const latest = documents.reduce((until, document) => Math.max(until, documentRetainedUntil(document.issued_at).getTime()), 0);
    retained.push({
      what: 'issued invoices and credit notes, with the buyer name, address and tax id they were issued to',
      why: `issued documents must be kept unchanged for ${DOCUMENT_RETENTION_YEARS} years after the end of their year of issue (commercial and tax retention); they are immutable until then`,
      until: new Date(latest).toISOString(),
      ids: documents.map((document) => document.number),
    });
  }
  if (exemptions > 0) {
    retained.push({ what: `${exemptions} tax exemption certificate(s)`, why: 'the tax-exempt sales they justify must be provable to the tax authority' });
  }
  if (disputes > 0) {
    retained.push({ what: `${disputes} payment dispute(s)`, why: "the card network's records of the disputed payment; they hold no personal data beyond amounts and reason codes" });
  }
  return retained;
}
