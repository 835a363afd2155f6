/** Request and response schemas of the documents area: validation, TypeScript types and OpenAPI in one. */
import { Type, type Static } from '@sinclair/typebox';
import { COUNTRY_CODES } from '../../core/countries.js';
import { DOCUMENT_TYPES } from '../../core/documents.js';
import { PaginationQuery } from '../../http/common-schemas.js';
import { csvDocument } from '../../http/representation.js';
import { Currency } from '../../peers/contract.js';
import type { InvoiceSettings, IssuedDocument } from './model.js';

const Minor = Type.Integer({ description: 'Amount in minor units of the document currency' });
const Timestamp = Type.String({ format: 'date-time' });
const Text = (maxLength: number, description?: string) => Type.String({ minLength: 1, maxLength, ...(description ? { description } : {}) });

export const CountryCode = Type.Unsafe<string>({ type: 'string', enum: [...COUNTRY_CODES], description: 'ISO 3166-1 alpha-2 country code' });

export const AddressSchema = Type.Object(
  {
    line1: Text(200),
    line2: Type.Optional(Text(200)),
    city: Text(100),
    postalCode: Text(20),
    region: Type.Optional(Text(100)),
    country: CountryCode,
  },
  { additionalProperties: false },
);

const Email = Type.String({ format: 'email', maxLength: 254 });
const TaxId = Text(50, "A VAT number or other tax identifier, as the authority writes it");

export const BillingSchema = Type.Object(
  { name: Text(200, 'Person or company invoiced'), email: Type.Optional(Email), address: Type.Optional(AddressSchema), taxId: Type.Optional(TaxId) },
  { additionalProperties: false, description: 'Billing details shown as the buyer on the order\'s invoices and credit notes' },
);
export type BillingBody = Static<typeof BillingSchema>;

export const SellerSchema = Type.Object(
  { legalName: Text(200), address: AddressSchema, taxId: Type.Optional(TaxId), email: Type.Optional(Email) },
  { additionalProperties: false },
);

const Prefix = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9_./-]{0,11}$', description: 'Up to 12 letters, digits, - _ . /' });

export const InvoiceSettingsBody = Type.Object(
  {
    seller: SellerSchema,
    invoicePrefix: Type.Optional({ ...Prefix, default: 'INV-' }),
    creditNotePrefix: Type.Optional({ ...Prefix, default: 'CN-' }),
    footer: Type.Optional(Type.Union([Type.String({ maxLength: 1000 }), Type.Null()])),
    locale: Type.Optional(Type.String({ minLength: 2, maxLength: 35, default: 'en-US', description: 'BCP 47 tag amounts and dates are formatted in' })),
  },
  { additionalProperties: false },
);
export type InvoiceSettingsBody = Static<typeof InvoiceSettingsBody>;

export const InvoiceSettingsResponse = Type.Object({
  seller: Type.Union([SellerSchema, Type.Null()]),
  invoicePrefix: Type.String(),
  creditNotePrefix: Type.String(),
  footer: Type.Union([Type.String(), Type.Null()]),
  locale: Type.String(),
  updatedAt: Type.Union([Timestamp, Type.Null()]),
});

export function toInvoiceSettingsResponse(settings: InvoiceSettings): Static<typeof InvoiceSettingsResponse> {
  return { ...settings, updatedAt: settings.updatedAt ? settings.updatedAt.toISOString() : null };
}

const DocumentTypeSchema = Type.Union(DOCUMENT_TYPES.map((type) => Type.Literal(type)));

export const DocumentResponse = Type.Object({
  id: Type.String(),
  type: DocumentTypeSchema,
  number: Type.String(),
  orderId: Type.String(),
  orderNumber: Type.String(),
  issuedAt: Timestamp,
  currency: Currency,
  locale: Type.String(),
  priceMode: Type.Union([Type.Literal('exclusive'), Type.Literal('inclusive')]),
  seller: Type.Union([SellerSchema, Type.Null()]),
  buyer: Type.Object({
    userId: Type.String(),
    name: Type.Optional(Type.String()),
    email: Type.Optional(Type.String()),
    address: Type.Optional(AddressSchema),
    taxId: Type.Optional(Type.String()),
  }),
  lines: Type.Array(
    Type.Object({
      description: Type.String(),
      orderItemId: Type.Union([Type.String(), Type.Null()]),
      category: Type.String(),
      quantity: Type.Integer(),
      unitPrice: Minor,
      discount: { ...Minor, description: "A promo code's discount on the item (quantity × unitPrice − discount is charged)" },
      net: Minor,
      taxes: Type.Array(Type.Object({ jurisdiction: Type.String(), rate: Type.String(), amount: Minor })),
      total: Minor,
    }),
  ),
  totals: Type.Object({ net: Minor, tax: Minor, total: Minor }),
  taxes: Type.Array(Type.Object({ jurisdiction: Type.String(), category: Type.String(), rate: Type.String(), taxable: Minor, tax: Minor })),
  references: Type.Optional(Type.Object({ invoiceNumber: Type.String(), documentId: Type.String() })),
  footer: Type.Union([Type.String(), Type.Null()]),
});
export type DocumentResponse = Static<typeof DocumentResponse>;

export const DocumentListResponse = Type.Object({ data: Type.Array(DocumentResponse), nextCursor: Type.Union([Type.String(), Type.Null()]) });

export const ListDocumentsQuery = Type.Object(
  {
    ...PaginationQuery,
    type: Type.Optional(DocumentTypeSchema),
    from: Type.Optional({ ...Timestamp, description: 'issued at or after' }),
    to: Type.Optional({ ...Timestamp, description: 'issued before' }),
  },
  { additionalProperties: false },
);
export type ListDocumentsQuery = Static<typeof ListDocumentsQuery>;

/** The document as SPEC §15 shapes it; a credit note's amounts are positive, its type says it credits. */
export function toDocumentResponse(document: IssuedDocument): DocumentResponse {
  const { content } = document;
  return {
    id: document.id,
    type: document.type,
    number: document.number,
    orderId: document.orderId,
    orderNumber: document.orderNumber,
    issuedAt: document.issuedAt.toISOString(),
    currency: document.currency,
    locale: document.locale,
    priceMode: content.priceMode,
    seller: document.seller,
    buyer: document.buyer,
    lines: content.lines.map(({ key: _key, ...line }) => line),
    totals: content.totals,
    taxes: content.taxes,
    ...(document.references ? { references: { invoiceNumber: document.references.invoiceNumber, documentId: document.references.id } } : {}),
    footer: document.footer,
  };
}

const CSV_COLUMNS = ['number', 'type', 'issuedAt', 'orderNumber', 'orderId', 'invoiceNumber', 'currency', 'net', 'tax', 'total', 'buyerName', 'buyerTaxId', 'buyerCountry'];

/** RFC 4180 CSV, one row per document; amounts in minor units as in the JSON. */
export function toDocumentsCsv(documents: readonly IssuedDocument[]): string {
  return csvDocument(
    CSV_COLUMNS,
    documents.map((document) => [
      document.number,
      document.type,
      document.issuedAt.toISOString(),
      document.orderNumber,
      document.orderId,
      document.references?.invoiceNumber ?? '',
      document.currency,
      String(document.content.totals.net),
      String(document.content.totals.tax),
      String(document.content.totals.total),
      document.buyer.name ?? '',
      document.buyer.taxId ?? '',
      document.buyer.address?.country ?? '',
    ]),
  );
}
