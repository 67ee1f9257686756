import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageSize } from '../../api/graphql/paging.ts';
import { SEGMENT_FIRMS_MAX, SEGMENT_PROJECTS_MAX } from '../../api/modules/chain/chain-store.ts';
import { FIRMS_KEPT, PROJECTS_KEPT } from '../../core/presence.ts';

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

  it('bounds a list more tightly when told, naming the argument and the bound', () => {
    expect(pageSize(undefined, 20, 150)).toBe(20);
    expect(pageSize(150, 20, 150)).toBe(150);
    expect(() => pageSize(151, 20, 150)).toThrowError(expect.objectContaining({ extensions: { code: 'BAD_PAGE_SIZE' } }));
    expect(() => pageSize(151, 20, 150)).toThrow(/^first must be between 0 and 150, not 151\.$/);
    expect(() => pageSize(2.5, 20, 150)).toThrow(/first/);
  });

  it('lists at most what the presence rows keep of a segment’s firms and projects', () => {
    expect(SEGMENT_FIRMS_MAX).toBe(FIRMS_KEPT);
    expect(SEGMENT_PROJECTS_MAX).toBe(PROJECTS_KEPT);
  });
});
