/** Invoices and credit notes as the documents area handles them (what the repository reads and writes). */
import type { DocumentContent, DocumentType } from '../../core/documents.js';
import type { Currency } from '../../peers/contract.js';

export interface PostalAddress {
  line1: string;
  line2?: string;
  city: string;
  postalCode: string;
  region?: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

/** The buyer's billing details given at checkout, kept on the order and shown on its documents. */
export interface Billing {
  name: string;
  email?: string;
  address?: PostalAddress;
  taxId?: string;
}

export interface Seller {
  legalName: string;
  address: PostalAddress;
  taxId?: string;
  email?: string;
}

/** The tenant's invoice settings. */
export interface InvoiceSettings {
  seller: Seller | null;
  invoicePrefix: string;
  creditNotePrefix: string;
  footer: string | null;
  /** BCP 47 tag the documents format amounts and dates in. */
  locale: string;
  updatedAt: Date | null;
}

export const DEFAULT_INVOICE_SETTINGS: InvoiceSettings = {
  seller: null,
  invoicePrefix: 'INV-',
  creditNotePrefix: 'CN-',
  footer: null,
  locale: 'en-US',
  updatedAt: null,
};

/** The buyer as a document names it: the user, and the billing details when the order has them. */
export interface Buyer extends Partial<Billing> {
  userId: string;
}

/** An issued document: immutable. */
export interface IssuedDocument {
  id: string;
  tenantId: string;
  type: DocumentType;
  number: string;
  orderId: string;
  orderNumber: string;
  userId: string;
  currency: Currency;
  issuedAt: Date;
  /** The seller as the tenant's settings said when the document was issued; null when none were set. */
  seller: Seller | null;
  buyer: Buyer;
  content: DocumentContent;
  /** The locale and footer in force when the document was issued. */
  locale: string;
  footer: string | null;
  /** A credit note's invoice. */
  references: { id: string; invoiceNumber: string } | null;
  /** What it was issued for, once per order: 'confirmation', 'refund:<id>' (later 'change:<id>'). */
  source: string;
}
