/** The documents area's face: what other areas may use. */
export type { Billing, IssuedDocument, PostalAddress } from './model.js';
export { BillingSchema, type BillingBody } from './schemas.js';
export {
  DocumentService,
  issueConfirmationInvoice,
  issueCreditNote,
  issueInvoice,
  issueRefundCreditNote,
  type DocumentDependencies,
  type DocumentOrder,
} from './service.js';
export { documentRoutes } from './routes.js';
