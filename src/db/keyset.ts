/**
 * Cursor pagination (SPEC §3): newest first, keyset on (created_at, id). The cursor is opaque to clients:
 * the position of the last row of a page as base64url JSON. One implementation for every list route.
 */
import { ValidationFailed } from '../errors.js';
import { isUuid } from '../uuid.js';

export interface KeysetPosition {
  createdAt: Date;
  id: string;
}


export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** Reads a cursor this API issued with `read`; anything else is a 400 naming the field. */
export function decodeCursor<T>(cursor: string, read: (position: unknown) => T | undefined): T {
  let position: T | undefined;
  try {
    position = read(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    position = undefined;
  }
  if (position === undefined) {
    throw new ValidationFailed('The cursor is not valid', [{ field: 'querystring.cursor', message: 'is not a cursor this API issued' }]);
  }
  return position;
}

function readKeysetPosition(position: unknown): KeysetPosition | undefined {
  if (!Array.isArray(position) || position.length !== 2) return undefined;
  const [createdAt, id] = position as unknown[];
  if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt)) || !isUuid(id)) return undefined;
  return { createdAt: new Date(createdAt), id };
}

/** The position a (created_at, id) cursor points after, or undefined for the first page. */
export function keysetAfter(cursor: string | undefined): KeysetPosition | undefined {
  return cursor === undefined ? undefined : decodeCursor(cursor, readKeysetPosition);
}

/**
 * A page from rows read with `limit + 1` (the extra row says whether more follow), and the cursor of the
 * next page.
 */
export function pageOf<T>(rows: T[], limit: number, positionOf: (row: T) => unknown): { data: T[]; nextCursor: string | null } {
  const data = rows.slice(0, limit);
  const last = data[data.length - 1];
  return { data, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(positionOf(last)) : null };
}

/** The cursor position of a row paginated by (created_at, id). */
export function keysetPositionOf(row: KeysetPosition): [string, string] {
  return [row.createdAt.toISOString(), row.id];
}
