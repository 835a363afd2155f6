/**
 * PaymentClient over the Payment service's /internal/v1 routes (SPEC §9). Creating intents and refunds
 * carries an Idempotency-Key, which is what makes retrying them safe.
 */
import { InvalidState } from '../errors.js';
import { PaymentIntent, PeerRefund, type PaymentClient } from './contract.js';
import { PeerHttpError, type PeerHttp } from './resilient-http.js';

export function createPaymentClient(http: PeerHttp): PaymentClient {
  return {
    createIntent(request, idempotencyKey, ctx) {
      return http.request({
        method: 'POST',
        path: '/internal/v1/payment-intents',
        body: request,
        idempotencyKey,
        idempotent: true,
        ctx,
        schema: PaymentIntent,
      });
    },

    async cancelIntent(intentId, ctx) {
      try {
        await http.request({
          method: 'POST',
          path: `/internal/v1/payment-intents/${encodeURIComponent(intentId)}/cancel`,
          idempotent: true,
          ctx,
          schema: PaymentIntent,
          accept404: true,
        });
      } catch (error) {
        // 409: the intent already succeeded; the money has moved and only a refund can undo it.
        if (error instanceof PeerHttpError && error.status === 409) {
          throw new InvalidState(error.detail || `payment intent ${intentId} can no longer be cancelled`);
        }
        throw error;
      }
    },

    async refund(request, idempotencyKey, ctx) {
      try {
        return await http.request({
          method: 'POST',
          path: '/internal/v1/refunds',
          body: request,
          idempotencyKey,
          idempotent: true,
          ctx,
          schema: PeerRefund,
        });
      } catch (error) {
        // 409: more than was paid would be refunded, or the intent was never paid; the refund cannot happen.
        if (error instanceof PeerHttpError && error.status === 409) {
          throw new InvalidState(error.detail || `payment intent ${request.paymentIntentId} cannot be refunded (${error.code})`);
        }
        throw error;
      }
    },
  };
}
