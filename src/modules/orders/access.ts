/** Who may see an order, and who a principal is on the timeline: the one home of "a customer sees only their own order". */
import { NotFound } from '../../errors.js';
import { isStaff, type Principal } from '../../http/auth.js';
import type { Actor, Order } from './model.js';

/** The timeline's actor for a request's principal. */
export function actorOf(principal: Principal): Actor {
  return { type: 'user', id: principal.userId, role: principal.roles.join(','), ip: principal.ip };
}

/** A customer sees only their own orders; another user's order is as absent as another tenant's. */
export function visibleOrder(order: Order | null, principal: Principal): Order {
  if (!order || (!isStaff(principal) && order.userId !== principal.userId)) throw new NotFound('Order not found');
  return order;
}

/** Whose orders a list shows: staff may ask for any user's (or all), a customer sees only their own. */
export function listedUser(principal: Principal, requested: string | undefined): string | undefined {
  return isStaff(principal) ? requested : principal.userId;
}
