import { describe, expect, it } from 'vitest';
import { columnLetter, fileColumns } from '../../web/src/views/Import/column-letters.ts';
import { filterFromParams } from '../../web/src/views/Review/review-filter.ts';

describe('the import page’s column letters', () => {
  it('names columns as Excel does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('gives each header cell its letter, a blank header as empty', () => {
    expect(fileColumns(['企业名称', null, '经营范围'])).toEqual([
      { letter: 'A', header: '企业名称' },
      { letter: 'B', header: '' },
      { letter: 'C', header: '经营范围' },
    ]);
  });
});

describe('the review queue’s filter in the URL', () => {
  const read = (query: string) => filterFromParams(new URLSearchParams(query));

  it('shows the pending proposals of every import when the URL says nothing, or nothing it knows', () => {
    expect(read('')).toEqual({ status: 'PENDING', import: null });
    expect(read('status=pending&import=')).toEqual({ status: 'PENDING', import: null });
  });

  it('reads a status and an import', () => {
    expect(read('status=MOVED&import=import-20261201-050012-6d7fb1f5')).toEqual({ status: 'MOVED', import: 'import-20261201-050012-6d7fb1f5' });
  });
});
