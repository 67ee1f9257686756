import { InputError, requireWholeNumber } from '../../core/input-error.ts';

export const MAX_PAGE_SIZE = 500;

/**
 * Checks a `first` argument: a whole number from 0 to `max` (MAX_PAGE_SIZE unless the list is
 * bounded more tightly), `fallback` when not given.
 */
export function pageSize(first: number | null | undefined, fallback: number, max: number = MAX_PAGE_SIZE): number {
  return requireWholeNumber('first', first ?? fallback, 0, max, 'BAD_PAGE_SIZE');
}

/** Cursors are opaque to clients; inside, they carry the sort key of the last item seen. */
export function encodeCursor(key: string): string {
  return Buffer.from(`cursor:${key}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): string | null {
  if (cursor == null) return null;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith('cursor:')) {
    throw new InputError('BAD_CURSOR', `after: "${cursor}" is not a cursor from this API; pass an endCursor or edge cursor it returned.`);
  }
  return decoded.slice('cursor:'.length);
}
