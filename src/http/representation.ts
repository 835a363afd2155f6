/**
 * Representations other than JSON that a route may offer (CSV exports, PDF documents): which one the Accept
 * header asks for, and RFC 4180 CSV. JSON stays the default: no header, `*\/*`, or a tie.
 */

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/**
 * Whether the Accept header ranks `mediaType` above JSON. Kept to the types our routes serve rather than a
 * general negotiation library.
 */
export function prefersOverJson(accept: string | undefined, mediaType: string): boolean {
  if (accept === undefined) return false;
  let wanted = 0;
  let json = 0;
  for (const range of accept.split(',')) {
    const [rangeType = '', ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    const qualityParameter = parameters.find((parameter) => parameter.startsWith('q='));
    const quality = qualityParameter === undefined ? 1 : Number(qualityParameter.slice(2));
    if (!Number.isFinite(quality)) continue;
    if (rangeType === mediaType) wanted = Math.max(wanted, quality);
    if (rangeType === 'application/json' || rangeType === 'application/*' || rangeType === '*/*') json = Math.max(json, quality);
  }
  return wanted > json;
}

/** One RFC 4180 field: quoted when it holds a quote, a comma or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** An RFC 4180 document: the header, then one line per row, CRLF-terminated. */
export function csvDocument(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((fields) => fields.map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
