/** The face of the refund-policies area: which policy governs an order, for checkout and refunds. */
export { governingPolicy, policyInForce } from './repository.js';
export type { RefundPolicyVersion } from './model.js';
