import { describe, expect, it } from 'vitest';
import { citedSentences } from '../../web/src/views/ChainMap/cited-sentences.ts';

describe('a focus’s evidence on the chain map', () => {
  it('quotes a sentence two sources give once, with both titles', () => {
    const seed = { title: '新干如何逆势破局?' };
    const kept = { title: '送审的文章' };
    expect(citedSentences(['甲。', '乙。', '甲。'], [seed, seed, kept])).toEqual([
      { sentence: '甲。', titles: ['新干如何逆势破局?', '送审的文章'] },
      { sentence: '乙。', titles: ['新干如何逆势破局?'] },
    ]);
  });

  it('names no source when every sentence comes from the same one', () => {
    const seed = { title: '新干如何逆势破局?' };
    expect(citedSentences(['甲。', '乙。'], [seed, seed])).toEqual([{ sentence: '甲。', titles: [] }, { sentence: '乙。', titles: [] }]);
  });
});
