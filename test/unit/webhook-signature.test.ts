import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { paymentSignature } from '../../sandbox/payment-app.js';
import {
  SIGNATURE_TOLERANCE_SECONDS,
  checkPaymentSignature,
  verifyPaymentSignature,
  type SignatureInput,
} from '../../src/modules/disputes/webhook-signature.js';
import { WebhookSignatureInvalid, WebhookTimestampStale } from '../../src/errors.js';

const SECRET = 'whsec-test-0123456789abcdef';
const NOW = 1_767_225_600; // 2026-01-01T00:00:00Z
const BODY = JSON.stringify({ id: 'evt_1', type: 'dispute.created', data: { amount: 11686, reason: 'fraudulent' } });

const hmac = (secret: string, timestamp: string | number, body: string | Buffer) =>
  createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');

function input(overrides: Partial<SignatureInput> = {}): SignatureInput {
  return {
    header: `t=${NOW},v1=${hmac(SECRET, NOW, BODY)}`,
    rawBody: Buffer.from(BODY),
    secret: SECRET,
    nowSeconds: NOW,
    ...overrides,
  };
}

describe('payment webhook signature', () => {
  it('accepts a signature made with the secret over "<t>.<raw body>"', () => {
    expect(checkPaymentSignature(input())).toEqual({ ok: true, timestamp: NOW });
    expect(verifyPaymentSignature(input())).toBe(NOW);
  });

  it('agrees with the signature the sandbox Payment service sends', () => {
    expect(checkPaymentSignature(input({ header: paymentSignature(SECRET, BODY, NOW) }))).toEqual({ ok: true, timestamp: NOW });
  });

  it('checks the raw bytes, not a re-serialization: the same JSON with other spacing does not match', () => {
    const spaced = Buffer.from(JSON.stringify(JSON.parse(BODY), null, 2));
    expect(checkPaymentSignature(input({ rawBody: spaced }))).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('checks non-UTF-8 bodies byte for byte', () => {
    const bytes = Buffer.from([0x7b, 0xff, 0xfe, 0x7d]);
    expect(checkPaymentSignature(input({ rawBody: bytes, header: `t=${NOW},v1=${hmac(SECRET, NOW, bytes)}` })).ok).toBe(true);
  });

  it('refuses a signature made with another secret', () => {
    expect(checkPaymentSignature(input({ header: `t=${NOW},v1=${hmac('another-secret-0123456789', NOW, BODY)}` }))).toEqual({
      ok: false,
      reason: 'mismatch',
    });
    expect(() => verifyPaymentSignature(input({ secret: 'another-secret-0123456789' }))).toThrow(WebhookSignatureInvalid);
  });

  it('refuses a tampered body', () => {
    const tampered = Buffer.from(BODY.replace('11686', '1'));
    expect(checkPaymentSignature(input({ rawBody: tampered }))).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('refuses a signature whose timestamp was changed (t is signed too)', () => {
    const signature = hmac(SECRET, NOW, BODY);
    expect(checkPaymentSignature(input({ header: `t=${NOW + 1},v1=${signature}`, nowSeconds: NOW + 1 }))).toEqual({
      ok: false,
      reason: 'mismatch',
    });
  });

  it('accepts timestamps up to 300 s away in both directions and refuses older or newer ones as stale', () => {
    const signed = (t: number) => input({ header: `t=${t},v1=${hmac(SECRET, t, BODY)}` });
    expect(checkPaymentSignature(signed(NOW - SIGNATURE_TOLERANCE_SECONDS)).ok).toBe(true);
    expect(checkPaymentSignature(signed(NOW + SIGNATURE_TOLERANCE_SECONDS)).ok).toBe(true);
    expect(checkPaymentSignature(signed(NOW - SIGNATURE_TOLERANCE_SECONDS - 1))).toEqual({ ok: false, reason: 'stale' });
    expect(checkPaymentSignature(signed(NOW + SIGNATURE_TOLERANCE_SECONDS + 1))).toEqual({ ok: false, reason: 'stale' });
    expect(() => verifyPaymentSignature(signed(NOW - 3600))).toThrow(WebhookTimestampStale);
  });

  it('reports a forged signature as invalid even when its timestamp is stale (the clock is not revealed)', () => {
    expect(checkPaymentSignature(input({ header: `t=${NOW - 3600},v1=${'0'.repeat(64)}` }))).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('accepts several v1 entries when one matches (secret rotation) and ignores unknown schemes', () => {
    const good = hmac(SECRET, NOW, BODY);
    const old = hmac('the-previous-secret-0123', NOW, BODY);
    expect(checkPaymentSignature(input({ header: `t=${NOW},v1=${old},v1=${good}` })).ok).toBe(true);
    expect(checkPaymentSignature(input({ header: `t=${NOW}, v0=abc, v1=${good}` })).ok).toBe(true);
    expect(checkPaymentSignature(input({ header: `t=${NOW},v1=${old},v1=${'a'.repeat(64)}` }))).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('accepts upper-case hex digests', () => {
    expect(checkPaymentSignature(input({ header: `t=${NOW},v1=${hmac(SECRET, NOW, BODY).toUpperCase()}` })).ok).toBe(true);
  });

  it('refuses a missing header', () => {
    expect(checkPaymentSignature(input({ header: undefined }))).toEqual({ ok: false, reason: 'missing' });
    expect(checkPaymentSignature(input({ header: '' }))).toEqual({ ok: false, reason: 'missing' });
    expect(() => verifyPaymentSignature(input({ header: undefined }))).toThrow(WebhookSignatureInvalid);
  });

  it.each([
    ['no timestamp', `v1=${'a'.repeat(64)}`],
    ['no v1 signature', `t=${NOW}`],
    ['a non-numeric timestamp', `t=soon,v1=${'a'.repeat(64)}`],
    ['a negative timestamp', `t=-${NOW},v1=${'a'.repeat(64)}`],
    ['two timestamps', `t=${NOW},t=${NOW},v1=${'a'.repeat(64)}`],
    ['a short digest', `t=${NOW},v1=abcdef`],
    ['a digest that is not hex', `t=${NOW},v1=${'z'.repeat(64)}`],
    ['a part without =', `t=${NOW},v1`],
    ['garbage', 'not a signature'],
    ['too many signatures', `t=${NOW},${Array.from({ length: 9 }, () => `v1=${'a'.repeat(64)}`).join(',')}`],
    ['an oversized header', `t=${NOW},v1=${'a'.repeat(64)},x=${'y'.repeat(5000)}`],
  ])('refuses a malformed header: %s', (_name, header) => {
    expect(checkPaymentSignature(input({ header }))).toEqual({ ok: false, reason: 'malformed' });
    expect(() => verifyPaymentSignature(input({ header }))).toThrow(WebhookSignatureInvalid);
  });

  it('refuses a header given twice', () => {
    const header = `t=${NOW},v1=${hmac(SECRET, NOW, BODY)}`;
    expect(checkPaymentSignature(input({ header: [header, header] }))).toEqual({ ok: false, reason: 'malformed' });
  });
});
