/**
 * PaymentClient over the Payment service's /internal/v1 routes (SPEC §9). Creating intents and refunds
 * carries an Idempotency-Key, which is what makes retrying them safe.
 */
import { InvalidState } from '../errors.js';
import { CancelIntentsResponse, PaymentIntent, PeerRefund, type IntentCancelOutcome, type PaymentClient, type PeerCallContext } from './contract.js';
import { batchWithFallback } from './batch-calls.js';
import { PeerHttpError, type PeerHttp } from './resilient-http.js';

export function createPaymentClient(http: PeerHttp): PaymentClient {
  /** POST /internal/v1/payment-intents/:id/cancel: 'unknown' when the peer answers 404; a paid intent is InvalidState. */
  async function cancelOne(intentId: string, ctx: PeerCallContext): Promise<'cancelled' | 'unknown'> {
    try {
      const intent = await http.request({
        method: 'POST',
        path: `/internal/v1/payment-intents/${encodeURIComponent(intentId)}/cancel`,
        idempotent: true,
        ctx,
        schema: PaymentIntent,
        accept404: true,
      });
      return intent === null ? 'unknown' : 'cancelled';
    } catch (error) {
      // 409: the intent already succeeded; the money has moved and only a refund can undo it.
      if (error instanceof PeerHttpError && error.status === 409) {
        throw new InvalidState(error.detail || `payment intent ${intentId} can no longer be cancelled`);
      }
      throw error;
    }
  }

  const cancelIntents = batchWithFallback<IntentCancelOutcome>({
    async batch(paymentIntentIds, ctx) {
      const { results } = await http.request({
        method: 'POST',
        path: '/internal/v1/payment-intents/cancel',
        body: { paymentIntentIds },
        idempotent: true,
        ctx,
        schema: CancelIntentsResponse,
      });
      return results.map(({ paymentIntentId, outcome }) => ({ id: paymentIntentId, outcome }));
    },
    async single(intentId, ctx) {
      try {
        return await cancelOne(intentId, ctx);
      } catch (error) {
        if (error instanceof InvalidState) return 'succeeded';
        throw error;
      }
    },
  });

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
      await cancelOne(intentId, ctx);
    },

    cancelIntents,

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
