/** Pure rules of checkout and confirmation that are not money (SPEC §5). */

/** What the sale of an event depends on (the Event service's event has these fields). */
export interface SaleWindow {
  status: string;
  startsAt: string;
  salesStartAt: string | null;
  salesEndAt: string | null;
}

/** A ticket the Ticket service allocated to an order. */
export interface AllocatedTicket {
  ticketId: string;
  ticketTypeId: string;
}

/** Why the event cannot be bought now, or null when it is on sale. */
export function saleProblem(event: SaleWindow, now: Date): string | null {
  if (event.status !== 'SCHEDULED') return `The event is ${event.status.toLowerCase()}`;
  if (Date.parse(event.startsAt) <= now.getTime()) return 'The event has already started';
  if (event.salesStartAt && Date.parse(event.salesStartAt) > now.getTime()) return 'Sales for the event have not started';
  if (event.salesEndAt && Date.parse(event.salesEndAt) <= now.getTime()) return 'Sales for the event have ended';
  return null;
}

/** Sums quantities per ticket type (an order may list one type on several items). */
export function quantitiesByType(items: readonly { ticketTypeId: string; quantity: number }[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const item of items) totals.set(item.ticketTypeId, (totals.get(item.ticketTypeId) ?? 0) + item.quantity);
  return totals;
}

/**
 * Hands the tickets the Ticket service allocated to the order's items, in item order, each item taking as
 * many tickets of its type as its quantity. Throws if the allocation does not match the items.
 */
export function assignTickets(
  items: readonly { id: string; ticketTypeId: string; quantity: number }[],
  tickets: readonly AllocatedTicket[],
): Map<string, string[]> {
  const pool = new Map<string, string[]>();
  for (const ticket of tickets) pool.set(ticket.ticketTypeId, [...(pool.get(ticket.ticketTypeId) ?? []), ticket.ticketId]);
  const assignment = new Map<string, string[]>();
  for (const item of items) {
    const available = pool.get(item.ticketTypeId) ?? [];
    if (available.length < item.quantity) throw new Error(`The Ticket service allocated too few tickets of type ${item.ticketTypeId}`);
    assignment.set(item.id, available.splice(0, item.quantity));
  }
  return assignment;
}
