/**
 * Gathering what the refund decision needs: the order's ledger from the database (inside the caller's
 * transaction) and the event and tickets from the peers (outside any transaction).
 */
import type { Tx } from '../../db/database.js';
import type { EventFacts, OrderRefundFacts, TicketFacts } from '../../core/refund-decision.js';
import { itemTaxComponents, type RefundableOrder, type StoredTaxLine } from '../../core/refund-ledger.js';
import type { Peers } from '../../peers/contract.js';
import type { Order } from '../orders/index.js';
import { HOLDING_STATUSES, IN_FLIGHT_STATUSES, type Refund } from './model.js';
import { listRefunds, storedTaxLines } from './repository.js';

/** The order's amounts per item and component, as the ledger splits them over its tickets. */
export function refundableOrderOf(order: Order, taxLines: readonly StoredTaxLine[]): RefundableOrder {
  // The tickets were paid net of the promo code's discount: that is what refunds credit and tax was levied on.
  const items = [...order.items].sort((a, b) => a.position - b.position).map((item) => ({ ...item, subtotal: item.subtotal - item.discount }));
  const taxes = itemTaxComponents(items, taxLines);
  return {
    priceMode: order.priceMode,
    // What the items were paid, all of them (an order change may have credited some and kept a change fee).
    total: items.reduce((total, item) => total + item.total, 0),
    items: items.map((item, index) => ({
      id: item.id,
      quantity: item.quantity,
      ticketIds: item.ticketIds,
      discount: item.discount,
      paid: {
        tickets: item.subtotal,
        platformFee: item.platformFee,
        processingFee: item.processingFee,
        ticketsTax: taxes[index]?.ticketsTax ?? 0,
        platformFeeTax: taxes[index]?.platformFeeTax ?? 0,
        processingFeeTax: taxes[index]?.processingFeeTax ?? 0,
      },
    })),
  };
}

/** The order's ledger facts from the order (locked by the caller) and its refunds as listRefunds reads them. */
export function ledgerFactsOf(order: Order, refunds: readonly Refund[]): OrderRefundFacts {
  return {
    status: order.status,
    refundLocked: order.refundLocked,
    order: refundableOrderOf(order, storedTaxLines(order.taxLines)),
    // What order changes credited for removed tickets is taken like a refund's share (SPEC §13).
    holding: [
      ...refunds.filter((refund) => HOLDING_STATUSES.includes(refund.status)).map((refund) => refund.allocation),
      ...order.items.map((item) => item.credited),
    ],
    inFlight: refunds.some((refund) => IN_FLIGHT_STATUSES.includes(refund.status)),
  };
}

export async function ledgerFacts(tx: Tx, order: Order): Promise<{ facts: OrderRefundFacts; refunds: Refund[] }> {
  const refunds = await listRefunds(tx, order.id);
  return { refunds, facts: ledgerFactsOf(order, refunds) };
}

export interface PeerFacts {
  event: EventFacts | null;
  tickets: TicketFacts[] | null;
}

/**
 * The event's start and status, and (unless `withTickets` is false or the event is cancelled, when the
 * tickets do not matter) the state of the order's tickets. A peer that is down surfaces as 503.
 */
export async function peerFacts(peers: Peers, order: Pick<Order, 'id' | 'tenantId' | 'eventId'>, withTickets: boolean): Promise<PeerFacts> {
  const ctx = { tenantId: order.tenantId };
  const event = await peers.events.getEvent(order.eventId, ctx);
  const eventFacts = event && event.tenantId === order.tenantId ? { cancelled: event.status === 'CANCELLED', startsAt: new Date(event.startsAt) } : null;
  if (!withTickets || eventFacts?.cancelled) return { event: eventFacts, tickets: null };
  const tickets = await peers.tickets.orderTickets(order.id, ctx);
  return { event: eventFacts, tickets: tickets.map(({ ticketId, transferred, used }) => ({ ticketId, transferred, used })) };
}
