/**
 * The face of the orders area: what other areas and the jobs may use. Everything else in this folder is the
 * area's own (lint refuses an import that goes around this file).
 */
export { actorOf, visibleOrder } from './access.js';
export type { LatePaymentRecovery } from './confirmation.js';
export type { OrderDependencies } from './dependencies.js';
export { moveOrder, orderMessageData, type MoveOrder } from './lifecycle.js';
export { toOrderResponse } from './schemas.js';
export { PAYMENT_SERVICE_ACTOR, SYSTEM_ACTOR, type Actor, type Order, type OrderItem, type TimelineEntry } from './model.js';
export { recordReleases, releaseAtPeers, releaseEndedOrders, type HeldResources, type ReleaseVerdict } from './peer-effects.js';
export {
  appendTimeline,
  appendTimelineEntries,
  closeOrderChange,
  openOrderChange,
  writeOrderChange,
  type AppliedChange,
  type NewOrderItem,
  claimDueReleases,
  claimStuckCheckouts,
  expireDueOrders,
  findOrder,
  findOrders,
  setItemTickets,
  lockEventOrders,
  updateOrderIf,
  type ClaimedOrder,
  type NewTimelineEntry,
} from './repository.js';
