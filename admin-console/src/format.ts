/** Display formats. Amounts are integers in minor units; every supported currency has two decimals. */

export function money(amount: number | null | undefined, currency: string | null | undefined): string {
  if (amount === null || amount === undefined) return '—';
  const sign = amount < 0 ? '−' : '';
  const abs = Math.abs(amount);
  const major = Math.trunc(abs / 100).toLocaleString('en-US');
  return `${sign}${major}.${String(abs % 100).padStart(2, '0')} ${currency ?? ''}`.trim();
}

/** Parses "12.5" / "12,50" (major units) into minor units exactly, without floats; null when it is not an amount. */
export function parseMinor(text: string): number | null {
  const match = /^\s*(\d{1,9})(?:[.,](\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

export function dateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}

export function day(value: Date): string {
  return value.toISOString().slice(0, 10);
}
