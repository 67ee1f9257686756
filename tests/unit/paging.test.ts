import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageSize } from '../../api/graphql/paging.ts';

describe('paging', () => {
  it('round-trips a cursor', () => {
    expect(decodeCursor(encodeCursor('360824'))).toBe('360824');
  });

  it('refuses a cursor it did not make', () => {
    expect(() => decodeCursor('bm9wZQ')).toThrowError(expect.objectContaining({ extensions: { code: 'BAD_CURSOR' } }));
  });

  it('bounds page sizes', () => {
    expect(pageSize(undefined, 50)).toBe(50);
    expect(() => pageSize(501, 50)).toThrowError(expect.objectContaining({ extensions: { code: 'BAD_PAGE_SIZE' } }));
    expect(() => pageSize(-1, 50)).toThrow(/between 0 and 500/);
  });
});
