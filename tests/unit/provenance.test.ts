import { describe, expect, it } from 'vitest';
import { MergedFacts } from '../../seed/provenance.ts';
import { searchText } from '../../seed/search-text.ts';
import { luceneQuery } from '../../api/modules/search/lucene-query.ts';

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
  it('holds the name and aliases in both scripts, once each', () => {
    expect(searchText('金贵银业', ['金貴銀業']).split('\n')).toEqual(['金贵银业', '金貴銀業']);
    expect(searchText('新干县').split('\n')).toContain('新幹縣');
  });
});

describe('luceneQuery', () => {
  it('searches the text as typed and in Simplified characters, as phrases', () => {
    expect(luceneQuery(' 新幹縣 ')).toBe('"新幹縣" OR "新干县"');
  });

  it('escapes Lucene syntax so user text is only ever text', () => {
    expect(luceneQuery('a:b* (c) "d" OR e')).toBe('"a\\:b\\* \\(c\\) \\"d\\" OR e"');
  });
});
