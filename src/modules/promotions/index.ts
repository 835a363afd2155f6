/** What other areas may use of the promotions: the service and its routes for the app, the checkout steps, the give-back. */
export type { AppliedPromotion, Promotion } from './model.js';
export { PromotionService, applyPromoCode, redeemPromoCode, type AppliedPromoCode } from './service.js';
export { releaseRedemptions } from './repository.js';
export { PROMOTIONS_PREFIX, promotionRoutes } from './routes.js';
