/**
 * The documents area's SQL. Every function takes the caller's transaction; none opens its own. Documents
 * are only ever inserted (the database refuses UPDATE and DELETE on them).
 */
import type { DocumentContent, DocumentType } from '../../core/documents.js';
import type { Tx } from '../../db/database.js';
import { SqlConditions } from '../../db/sql-conditions.js';
import type { KeysetPosition } from '../../http/pagination.js';
import type { Currency } from '../../peers/contract.js';
import { DEFAULT_INVOICE_SETTINGS, type Buyer, type InvoiceSettings, type IssuedDocument, type Seller } from './model.js';

interface SettingsRow {
  seller: Seller;
  invoice_prefix: string;
  credit_note_prefix: string;
  footer: string | null;
  locale: string;
  updated_at: Date;
}

export async function readInvoiceSettings(tx: Tx, tenantId: string): Promise<InvoiceSettings> {
  const { rows } = await tx.query<SettingsRow>('SELECT * FROM invoice_settings WHERE tenant_id = $1', [tenantId]);
  const row = rows[0];
  if (!row) return DEFAULT_INVOICE_SETTINGS;
  return {
    seller: row.seller,
    invoicePrefix: row.invoice_prefix,
    creditNotePrefix: row.credit_note_prefix,
    footer: row.footer,
    locale: row.locale,
    updatedAt: row.updated_at,
  };
}

export async function writeInvoiceSettings(tx: Tx, tenantId: string, settings: Omit<InvoiceSettings, 'updatedAt'>, now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO invoice_settings (tenant_id, seller, invoice_prefix, credit_note_prefix, footer, locale, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (tenant_id) DO UPDATE SET seller = EXCLUDED.seller, invoice_prefix = EXCLUDED.invoice_prefix,
       credit_note_prefix = EXCLUDED.credit_note_prefix, footer = EXCLUDED.footer, locale = EXCLUDED.locale,
       updated_at = EXCLUDED.updated_at`,
    [tenantId, JSON.stringify(settings.seller), settings.invoicePrefix, settings.creditNotePrefix, settings.footer, settings.locale, now],
  );
}

/** What the document says besides its number and the seller's part, which the issuing statement adds. */
interface StoredBody {
  content: DocumentContent;
  locale: string;
  footer: string | null;
  references: { id: string; invoiceNumber: string } | null;
}

interface DocumentRow {
  id: string;
  tenant_id: string;
  type: DocumentType;
  number: string;
  order_id: string;
  order_number: string;
  user_id: string;
  currency: Currency;
  issued_at: Date;
  source: string;
  seller: Seller | null;
  buyer: Buyer;
  body: StoredBody;
}

function toDocument(row: DocumentRow): IssuedDocument {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    type: row.type,
    number: row.number,
    orderId: row.order_id,
    orderNumber: row.order_number,
    userId: row.user_id,
    currency: row.currency,
    issuedAt: row.issued_at,
    seller: row.seller,
    buyer: row.buyer,
    content: row.body.content,
    locale: row.body.locale,
    footer: row.body.footer,
    references: row.body.references,
    source: row.source,
  };
}

export interface NewDocument {
  id: string;
  tenantId: string;
  type: DocumentType;
  year: number;
  orderId: string;
  orderNumber: string;
  userId: string;
  currency: Currency;
  issuedAt: Date;
  source: string;
  buyer: Buyer;
  content: DocumentContent;
  references: { id: string; invoiceNumber: string } | null;
}

/**
 * Issues a document in one statement: raises the (tenant, type, year) counter — the row stays locked until
 * the caller's transaction ends, so concurrent issues queue there and a rolled-back one gives its number
 * back — and inserts the document with that number and the seller, prefix, locale and footer the tenant's
 * settings hold now (a snapshot: later settings never change an issued document).
 */
export async function insertDocument(tx: Tx, document: NewDocument): Promise<IssuedDocument> {
  const defaults = DEFAULT_INVOICE_SETTINGS;
  const { rows } = await tx.query<DocumentRow>(
    `WITH settings AS (
       SELECT seller, invoice_prefix, credit_note_prefix, footer, locale FROM invoice_settings WHERE tenant_id = $2
     ), counter AS (
       INSERT INTO document_counters (tenant_id, type, year, last_number) VALUES ($2, $3, $4, 1)
       ON CONFLICT (tenant_id, type, year) DO UPDATE SET last_number = document_counters.last_number + 1
       RETURNING last_number
     )
     INSERT INTO documents (id, tenant_id, type, year, sequence, number, order_id, order_number, user_id, currency, issued_at,
        net, tax, total, references_id, source, seller, buyer, body)
     SELECT $1, $2, $3, $4, c.last_number,
            COALESCE(CASE WHEN $3 = 'invoice' THEN s.invoice_prefix ELSE s.credit_note_prefix END,
                     CASE WHEN $3 = 'invoice' THEN $16 ELSE $17 END)
              || $4::text || '-' || lpad(c.last_number::text, greatest(6, length(c.last_number::text)), '0'),
            $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, COALESCE(s.seller, 'null'::jsonb), $15,
            jsonb_build_object('content', $18::jsonb, 'references', $19::jsonb, 'locale', COALESCE(s.locale, $20), 'footer', s.footer)
       FROM counter c LEFT JOIN settings s ON true
     RETURNING id, tenant_id, type, number, order_id, order_number, user_id, currency, issued_at, source, seller, buyer, body`,
    [
      document.id,
      document.tenantId,
      document.type,
      document.year,
      document.orderId,
      document.orderNumber,
      document.userId,
      document.currency,
      document.issuedAt,
      document.content.totals.net,
      document.content.totals.tax,
      document.content.totals.total,
      document.references?.id ?? null,
      document.source,
      JSON.stringify(document.buyer),
      defaults.invoicePrefix,
      defaults.creditNotePrefix,
      JSON.stringify(document.content),
      JSON.stringify(document.references),
      defaults.locale,
    ],
  );
  const row = rows[0];
  if (!row) throw new Error('the document insert returned no row');
  return toDocument(row);
}

const DOCUMENT_COLUMNS = 'id, tenant_id, type, number, order_id, order_number, user_id, currency, issued_at, source, seller, buyer, body';

export async function findDocument(tx: Tx, id: string): Promise<IssuedDocument | null> {
  const { rows } = await tx.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = $1`, [id]);
  return rows[0] ? toDocument(rows[0]) : null;
}

/** The order's documents in the order they were issued. */
export async function listOrderDocuments(tx: Tx, orderId: string): Promise<IssuedDocument[]> {
  const { rows } = await tx.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE order_id = $1 ORDER BY issued_at, type, number`, [
    orderId,
  ]);
  return rows.map(toDocument);
}

export interface DocumentListFilter {
  userId?: string;
  type?: DocumentType;
  issuedFrom?: Date;
  issuedTo?: Date;
  after?: KeysetPosition;
  limit: number;
}

/** Newest first, keyset-paginated on (issued_at, id). Answers up to limit + 1 rows to tell if more follow. */
export async function listDocuments(tx: Tx, filter: DocumentListFilter): Promise<IssuedDocument[]> {
  const conditions = new SqlConditions()
    .when(filter.userId, (p) => `user_id = ${p}`)
    .when(filter.type, (p) => `type = ${p}`)
    .when(filter.issuedFrom, (p) => `issued_at >= ${p}`)
    .when(filter.issuedTo, (p) => `issued_at < ${p}`)
    .after(filter.after, undefined, 'issued_at');
  const limit = conditions.param(filter.limit + 1);
  const { rows } = await tx.query<DocumentRow>(
    `SELECT ${DOCUMENT_COLUMNS} FROM documents ${conditions.where()} ORDER BY issued_at DESC, id DESC LIMIT ${limit}`,
    conditions.params,
  );
  return rows.map(toDocument);
}
