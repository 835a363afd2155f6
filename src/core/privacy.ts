/**
 * Personal data rules (SPEC §16): what replaces a buyer's personal data on erasure, and how long issued
 * documents keep it. Amounts are never touched.
 */
import { randomBytes } from 'node:crypto';

/** A new pseudonym for an erased buyer: random, so it cannot be derived back from the user id. */
export function newPseudonym(): string {
  return `anon-${randomBytes(8).toString('hex')}`;
}

/** What a free text written by the buyer (a cancellation or refund reason) becomes. */
export const ERASED_TEXT = '[erased]';

/** The billing details an erased order keeps: the pseudonym as the name, nothing else. */
export function pseudonymisedBilling(pseudonym: string): { name: string } {
  return { name: pseudonym };
}

/**
 * Invoices and credit notes keep the buyer as issued for this many years after the end of the year of issue
 * (the longest of the usual commercial and tax retention periods, e.g. 10 years in Germany and France).
 */
export const DOCUMENT_RETENTION_YEARS = 10;

/** The date until which an issued document must be kept unchanged. */
export function documentRetainedUntil(issuedAt: Date): Date {
  return new Date(Date.UTC(issuedAt.getUTCFullYear() + DOCUMENT_RETENTION_YEARS + 1, 0, 1));
}

/** What an erasure leaves in place, and why (the answer of the erase route). */
export interface Retention {
  what: string;
  why: string;
  until?: string;
  ids?: string[];
}
