/**
 * The documents of an applied change (SPEC §15), issued in the change's own transaction through the documents
 * area: an invoice for the added lines, and a credit note for what the removed tickets were credited, against
 * the invoice that charged them; the change fee is a line of the invoice. Their sources `change:<id>:credit` and `change:<id>:invoice` document a change once.
 */
import { creditOfRefund, type InvoiceSource } from '../../core/documents.js';
import { itemTaxLineId, PLATFORM_FEE_TAX_LINE_ID, PROCESSING_FEE_TAX_LINE_ID } from '../../core/pricing.js';
import { itemFeeTaxLineId } from '../../core/refund-ledger.js';
import type { Tx } from '../../db/database.js';
import { issueCreditNote, issueInvoice } from '../documents/index.js';
import type { Order } from '../orders/index.js';
import type { ChangePlan } from './model.js';

/** The added lines as an invoice of their own: their tax lines named as the invoice numbers its items. */
function addedLinesSource(order: Order, plan: ChangePlan, changeFee: number): InvoiceSource {
  const items = plan.added.map((item) => ({ ...item, description: item.description ?? `Ticket (type ${item.ticketTypeId})` }));
  const taxLines = plan.added.flatMap((item, index) => {
    const renamed: Record<string, string> = {
      [itemTaxLineId(item.position)]: itemTaxLineId(index),
      [itemFeeTaxLineId(item.position, PLATFORM_FEE_TAX_LINE_ID)]: PLATFORM_FEE_TAX_LINE_ID,
      [itemFeeTaxLineId(item.position, PROCESSING_FEE_TAX_LINE_ID)]: PROCESSING_FEE_TAX_LINE_ID,
    };
    return item.taxLines.map((line) => ({ ...line, lineId: renamed[line.lineId] ?? line.lineId }));
  });
  return { priceMode: order.priceMode, items, taxLines, taxes: plan.added.flatMap((item) => item.taxes), changeFee };
}

export async function issueChangeDocuments(tx: Tx, order: Order, changeId: string, plan: ChangePlan, changeFee: number, issuedAt: Date): Promise<void> {
  // A credit is documented against the invoices that charged the removed tickets, before the new invoice exists.
  const credited = plan.removals.flatMap((removal) => removal.credited.cells);
  if (credited.length > 0) {
    await issueCreditNote(tx, order, `change:${changeId}:credit`, creditOfRefund({ cells: credited, releasedSlots: plan.removals.flatMap((removal) => removal.credited.releasedSlots) }), issuedAt);
  }
  // The change fee is a line of its own on that invoice (an invoice of the fee alone when nothing was added).
  if (plan.added.length > 0 || changeFee > 0) {
    await issueInvoice(tx, order, `change:${changeId}:invoice`, addedLinesSource(order, plan, changeFee), issuedAt);
  }
}
