/**
 * Invoices and credit notes (SPEC §15). Issuing runs inside the transaction of the change it documents —
 * the confirmation, a succeeded refund, later an applied order change — so a document exists exactly when
 * its change committed, and its number is taken there (gap-free). Reading, listing and the tenant's
 * settings are use cases of their own.
 */
import { randomUUID } from 'node:crypto';
import {
  buildCreditNote,
  buildInvoice,
  creditOfRefund,
  documentYear,
  isSupportedLocale,
  type CreditedLine,
  type InvoiceSource,
} from '../../core/documents.js';
import type { PricedItem, PriceMode, TaxCategory, TaxLineResult, TaxSummary } from '../../core/pricing.js';
import type { RefundAllocation } from '../../core/refund-ledger.js';
import { TAX_CATEGORIES } from '../../core/tax.js';
import type { Clock } from '../../clock.js';
import type { Database, Tx } from '../../db/database.js';
import { NotFound, ValidationFailed } from '../../errors.js';
import { isStaff, type Principal } from '../../http/auth.js';
import { keysetAfter, pageOf } from '../../http/pagination.js';
import type { Currency } from '../../peers/contract.js';
import type { Billing, InvoiceSettings, IssuedDocument } from './model.js';
import {
  insertDocument,
  listDocuments,
  listOrderDocuments,
  findDocument,
  readInvoiceSettings,
  writeInvoiceSettings,
  type NewDocument,
} from './repository.js';

/** The order as its documents need it (the orders area's Order has this shape). */
export interface DocumentOrder {
  id: string;
  tenantId: string;
  orderNumber: string;
  userId: string;
  currency: Currency;
  priceMode: PriceMode;
  /** The order's items as priced at checkout, with their position (the checkout's tax lines count by it). */
  items: readonly (Omit<PricedItem, 'total'> & { id: string; position: number; description: string | null })[];
  taxLines: readonly TaxLineResult[];
  taxes: readonly { jurisdiction: string; category: string; rate: string; taxable: number; tax: number }[];
  billing: Billing | null;
}

/** What an order item is called on documents when the checkout did not record a description. */
export function fallbackDescription(ticketTypeId: string): string {
  return `Ticket (type ${ticketTypeId})`;
}

function isTaxCategory(category: string): category is TaxCategory {
  return (TAX_CATEGORIES as readonly string[]).includes(category);
}

/** Everything the order charged, as its first invoice shows it. */
export function invoiceSourceOf(order: DocumentOrder): InvoiceSource {
  const items = [...order.items].sort((a, b) => a.position - b.position);
  return {
    priceMode: order.priceMode,
    items: items.map((item) => ({ ...item, description: item.description ?? fallbackDescription(item.ticketTypeId) })),
    taxLines: order.taxLines,
    taxes: order.taxes.flatMap((entry): TaxSummary[] => (isTaxCategory(entry.category) ? [{ ...entry, category: entry.category }] : [])),
  };
}

function documentOf(order: DocumentOrder, fields: Pick<NewDocument, 'type' | 'source' | 'content' | 'references'>, issuedAt: Date): NewDocument {
  return {
    id: randomUUID(),
    tenantId: order.tenantId,
    year: documentYear(issuedAt),
    orderId: order.id,
    orderNumber: order.orderNumber,
    userId: order.userId,
    currency: order.currency,
    issuedAt,
    buyer: { userId: order.userId, ...(order.billing ?? {}) },
    ...fields,
  };
}

/**
 * The invoice of a confirmation: everything the order charged. One statement, in the confirming
 * transaction (after the order moved, so that a confirmation that loses a race issues nothing).
 */
export function issueConfirmationInvoice(tx: Tx, order: DocumentOrder, issuedAt: Date): Promise<IssuedDocument> {
  return issueInvoice(tx, order, 'confirmation', invoiceSourceOf(order), issuedAt);
}

/**
 * An invoice for what `charged` adds to the order, once per `source` (an applied change that charges more
 * issues one for its added lines, with source `change:<id>`).
 */
export function issueInvoice(tx: Tx, order: DocumentOrder, source: string, charged: InvoiceSource, issuedAt: Date): Promise<IssuedDocument> {
  return insertDocument(tx, documentOf(order, { type: 'invoice', source, content: buildInvoice(charged), references: null }, issuedAt));
}

/** The credit note of a succeeded refund, in the transaction that marks it SUCCEEDED. */
export function issueRefundCreditNote(
  tx: Tx,
  order: DocumentOrder,
  refund: { id: string; allocation: RefundAllocation },
  issuedAt: Date,
): Promise<IssuedDocument[]> {
  return issueCreditNote(tx, order, `refund:${refund.id}`, creditOfRefund(refund.allocation), issuedAt);
}

/**
 * Credit notes for what `credit` gives back (a refund; an applied change that credits, with source
 * `change:<id>`), each against the invoice that charged the credited lines: one credit note per invoice
 * involved (today an order has one invoice, so one credit note). An order without an invoice (confirmed
 * before invoices were issued) gets none.
 */
export async function issueCreditNote(
  tx: Tx,
  order: DocumentOrder,
  source: string,
  credit: readonly CreditedLine[],
  issuedAt: Date,
): Promise<IssuedDocument[]> {
  const documents = await listOrderDocuments(tx, order.id);
  const invoices = documents.filter((document) => document.type === 'invoice');
  const byInvoice = new Map<IssuedDocument, CreditedLine[]>();
  for (const line of credit) {
    if (line.charged === 0 && line.tax === 0) continue;
    const invoice = invoices.find((candidate) => candidate.content.lines.some((invoiced) => invoiced.key === line.key));
    if (!invoice) continue;
    byInvoice.set(invoice, [...(byInvoice.get(invoice) ?? []), line]);
  }
  const issued: IssuedDocument[] = [];
  for (const [invoice, lines] of byInvoice) {
    const earlier = documents.filter((document) => document.type === 'credit_note' && document.references?.id === invoice.id);
    const content = buildCreditNote(
      invoice.content,
      earlier.map((document) => document.content),
      lines,
    );
    const fields = {
      type: 'credit_note' as const,
      source: byInvoice.size === 1 ? source : `${source}:${invoice.number}`,
      content,
      references: { id: invoice.id, invoiceNumber: invoice.number },
    };
    issued.push(await insertDocument(tx, documentOf(order, fields, issuedAt)));
  }
  return issued;
}

export interface DocumentDependencies {
  db: Database;
  clock: Clock;
  /** Throws NOT_FOUND unless the principal may see the order (the orders area's access rule). */
  assertOrderVisible: (principal: Principal, orderId: string) => Promise<unknown>;
}

export interface DocumentListQuery {
  type?: IssuedDocument['type'];
  from?: Date;
  to?: Date;
  limit: number;
  cursor?: string;
}

export type InvoiceSettingsUpdate = Omit<InvoiceSettings, 'updatedAt' | 'seller'> & { seller: NonNullable<InvoiceSettings['seller']> };

export class DocumentService {
  constructor(private readonly deps: DocumentDependencies) {}

  settings(principal: Principal): Promise<InvoiceSettings> {
    return this.deps.db.tenant(principal.tenantId, (tx) => readInvoiceSettings(tx, principal.tenantId));
  }

  updateSettings(principal: Principal, update: InvoiceSettingsUpdate): Promise<InvoiceSettings> {
    if (!isSupportedLocale(update.locale)) {
      throw new ValidationFailed('The locale is not one the service can format amounts in', [
        { field: 'body.locale', message: 'must be a BCP 47 language tag such as en-US or de-DE' },
      ]);
    }
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      await writeInvoiceSettings(tx, principal.tenantId, update, this.deps.clock.now());
      return readInvoiceSettings(tx, principal.tenantId);
    });
  }

  /** One document; a customer sees only the documents of their own orders, another tenant's is absent. */
  get(principal: Principal, id: string): Promise<IssuedDocument> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      const document = await findDocument(tx, id);
      if (!document || (!isStaff(principal) && document.userId !== principal.userId)) throw new NotFound('Document not found');
      return document;
    });
  }

  async orderDocuments(principal: Principal, orderId: string): Promise<IssuedDocument[]> {
    await this.deps.assertOrderVisible(principal, orderId);
    return this.deps.db.tenant(principal.tenantId, (tx) => listOrderDocuments(tx, orderId));
  }

  /** Staff: the tenant's documents issued in [from, to), newest first. */
  async list(principal: Principal, query: DocumentListQuery): Promise<{ data: IssuedDocument[]; nextCursor: string | null }> {
    const after = keysetAfter(query.cursor);
    const rows = await this.deps.db.tenant(principal.tenantId, (tx) =>
      listDocuments(tx, {
        limit: query.limit,
        ...(query.type ? { type: query.type } : {}),
        ...(query.from ? { issuedFrom: query.from } : {}),
        ...(query.to ? { issuedTo: query.to } : {}),
        ...(after ? { after } : {}),
      }),
    );
    return pageOf(rows, query.limit, (row) => [row.issuedAt.toISOString(), row.id]);
  }
}
