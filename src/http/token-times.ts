/**
 * The time claims of a verified token, checked the same way for user and service tokens: `exp` is never
 * stretched, `iat` and `nbf` may lie at most CLOCK_SKEW_SECONDS ahead of our clock (the issuer's clock may
 * run a little fast, never minutes), and a token older than the configured maximum age is refused whatever
 * its `exp` says, so that a token minted with a far `exp` cannot be used for ever.
 */
import type { JWTPayload } from 'jose';
import { Unauthenticated } from '../errors.js';

export const CLOCK_SKEW_SECONDS = 60;

/**
 * Checks `payload`'s time claims at `nowSeconds`; answers until when (epoch seconds) the token stays
 * acceptable, for the cache of verified tokens.
 */
export function checkTokenTimes(payload: JWTPayload, nowSeconds: number, maxAgeSeconds: number): number {
  const { exp, iat, nbf } = payload;
  if (typeof exp !== 'number' || !Number.isFinite(exp)) throw new Unauthenticated('The token has no valid exp');
  if (exp <= nowSeconds) throw new Unauthenticated('The token has expired');
  if (iat !== undefined && (typeof iat !== 'number' || !Number.isFinite(iat))) throw new Unauthenticated('The token has no valid iat');
  if (nbf !== undefined && (typeof nbf !== 'number' || !Number.isFinite(nbf))) throw new Unauthenticated('The token has no valid nbf');
  if (typeof iat === 'number' && iat > nowSeconds + CLOCK_SKEW_SECONDS) throw new Unauthenticated('The token is issued in the future');
  if (typeof nbf === 'number' && nbf > nowSeconds + CLOCK_SKEW_SECONDS) throw new Unauthenticated('The token is not valid yet');
  if (maxAgeSeconds <= 0) return exp;
  if (typeof iat !== 'number') throw new Unauthenticated('The token has no iat, which the maximum token age needs');
  if (nowSeconds - iat > maxAgeSeconds) throw new Unauthenticated('The token is older than the maximum token age');
  return Math.min(exp, iat + maxAgeSeconds);
}
