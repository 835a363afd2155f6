/** The face of the refunds area: what the jobs and other areas may use. */
export { RefundService, type FullRefundOutcome } from './service.js';
export { planChangeCredit, type ChangeCreditPlan } from './change-credit.js';
export type { Refund } from './model.js';
