import { describe, expect, it } from 'vitest';
import { MergedFacts } from '../../seed/provenance.ts';
import { searchText } from '../../core/search-text.ts';
import { searchQuery } from '../../api/modules/search/lucene-query.ts';

describe('MergedFacts', () => {
  it('keeps each (source, sentence) pair once, sorted by source, and unites aliases', () => {
    const facts = new MergedFacts<{ id: string; aliases: string[] }>();
    facts.add('f', { id: 'f', aliases: ['甲'] }, 'b-article', '乙句。');
    facts.add('f', { id: 'f', aliases: ['乙'] }, 'a-article', '甲句。');
    facts.add('f', { id: 'f', aliases: ['甲'] }, 'b-article', '乙句。');
    expect(facts.rows()).toEqual([{ id: 'f', aliases: ['甲', '乙'], sources: ['a-article', 'b-article'], evidence: ['甲句。', '乙句。'] }]);
  });
});

describe('searchText', () => {
  it('holds the name and aliases in both scripts, and the name in pinyin and initials, once each', () => {
    expect(searchText('金贵银业', ['金貴銀業']).split('\n')).toEqual(['金贵银业', '金貴銀業', 'jinguiyinye', 'jgyy']);
    expect(searchText('新干县').split('\n')).toEqual(['新干县', '新幹縣', '新干', 'xinganxian', 'xgx', 'xingan', 'xg']);
  });
});

describe('searchQuery', () => {
  it('searches Chinese text as typed and in Simplified characters, as phrases', () => {
    expect(searchQuery(' 新幹縣 ')).toEqual({ lucene: '"新幹縣" OR "新干县"', exact: ['新幹縣', '新干县'] });
  });

  it('searches pinyin and single characters by prefix', () => {
    expect(searchQuery('XinGan').lucene).toBe('xingan*');
    expect(searchQuery('鋰').lucene).toBe('鋰* OR 锂*');
  });

  it('escapes Lucene syntax so user text is only ever text', () => {
    expect(searchQuery('a:b* (c) "d" OR e').lucene).toBe('"a\\:b\\* \\(c\\) \\"d\\" OR e"');
  });
});
