/**
 * The Payment service's webhook signature (SPEC §4):
 *   Payment-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(PAYMENT_WEBHOOK_SECRET, "<t>.<raw body>")>
 * Checked on the raw body bytes before anything else is parsed. Several v1 entries may be given (the sender
 * rotating its secret signs with both); one match is enough. Unknown schemes (v0, …) are ignored. The HMAC is
 * checked first and the timestamp second, so a forger learns nothing about our clock, and the compare is
 * constant-time on equal-length buffers.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { WebhookSignatureInvalid, WebhookTimestampStale } from '../../errors.js';

export const SIGNATURE_HEADER = 'payment-signature';
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** Bounds that keep a hostile header from costing us work. */
const MAX_HEADER_LENGTH = 4096;
const MAX_SIGNATURES = 8;
const TIMESTAMP = /^\d{1,12}$/;
const HEX_SHA256 = /^[0-9a-f]{64}$/i;

export type SignatureCheck =
  | { ok: true; timestamp: number }
  | { ok: false; reason: 'missing' | 'malformed' | 'mismatch' | 'stale' };

interface ParsedHeader {
  timestamp: string;
  signatures: Buffer[];
}

function parseHeader(header: string): ParsedHeader | null {
  if (header.length > MAX_HEADER_LENGTH) return null;
  let timestamp: string | undefined;
  const signatures: Buffer[] = [];
  for (const part of header.split(',')) {
    const separator = part.indexOf('=');
    if (separator <= 0) return null;
    const key = part.slice(0, separator).trim();
    const value = part.slice(separator + 1).trim();
    if (key === 't') {
      if (timestamp !== undefined || !TIMESTAMP.test(value)) return null;
      timestamp = value;
    } else if (key === 'v1') {
      if (!HEX_SHA256.test(value) || signatures.length >= MAX_SIGNATURES) return null;
      signatures.push(Buffer.from(value, 'hex'));
    }
  }
  if (timestamp === undefined || signatures.length === 0) return null;
  return { timestamp, signatures };
}

export interface SignatureInput {
  header: string | readonly string[] | undefined;
  rawBody: Buffer;
  secret: string;
  nowSeconds: number;
  toleranceSeconds?: number;
}

/** Pure check of one delivery: answers why it fails, or the signed timestamp. */
export function checkPaymentSignature(input: SignatureInput): SignatureCheck {
  if (input.header === undefined || input.header === '') return { ok: false, reason: 'missing' };
  if (typeof input.header !== 'string') return { ok: false, reason: 'malformed' };
  const parsed = parseHeader(input.header);
  if (!parsed) return { ok: false, reason: 'malformed' };

  const expected = createHmac('sha256', input.secret).update(`${parsed.timestamp}.`).update(input.rawBody).digest();
  // Every candidate is compared (no early exit), each in constant time; lengths are equal by the hex pattern.
  let matched = false;
  for (const candidate of parsed.signatures) {
    if (candidate.length === expected.length && timingSafeEqual(candidate, expected)) matched = true;
  }
  if (!matched) return { ok: false, reason: 'mismatch' };

  const timestamp = Number(parsed.timestamp);
  const tolerance = input.toleranceSeconds ?? SIGNATURE_TOLERANCE_SECONDS;
  if (Math.abs(input.nowSeconds - timestamp) > tolerance) return { ok: false, reason: 'stale' };
  return { ok: true, timestamp };
}

const DETAILS: Record<Exclude<SignatureCheck, { ok: true }>['reason'], string> = {
  missing: 'The Payment-Signature header is required',
  malformed: 'The Payment-Signature header is malformed (expected t=<unix seconds>,v1=<hex HMAC-SHA256>)',
  mismatch: 'No v1 signature of the Payment-Signature header matches the request body',
  stale: `The webhook timestamp is more than ${SIGNATURE_TOLERANCE_SECONDS} s away from the current time`,
};

/** Throws WEBHOOK_SIGNATURE_INVALID or WEBHOOK_TIMESTAMP_STALE; answers the signed timestamp. */
export function verifyPaymentSignature(input: SignatureInput): number {
  const check = checkPaymentSignature(input);
  if (check.ok) return check.timestamp;
  if (check.reason === 'stale') throw new WebhookTimestampStale(DETAILS.stale);
  throw new WebhookSignatureInvalid(DETAILS[check.reason]);
}
