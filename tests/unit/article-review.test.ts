import { describe, expect, it } from 'vitest';
import { editableFields } from '../../ingest/review/accepted-fields.ts';
import { groupBySentence } from '../../web/src/views/Article/by-sentence.ts';
import { changedFields, draftOf } from '../../web/src/views/Article/edit-fields.ts';

const capsules = {
  editable: editableFields('project'),
  fields: [
    { name: 'region', value: '360824' },
    { name: 'name', value: '年产100亿套胶囊生产项目' },
    { name: 'status', value: 'signed' },
  ],
};

describe('editing a proposal of a kept article', () => {
  it('offers every field its kind takes, the missing ones empty', () => {
    expect(draftOf(capsules)).toEqual({
      name: '年产100亿套胶囊生产项目', region: '360824', park: '', firm: '', investmentCny: '', amountQualifier: '', capacity: '', status: 'signed', signedOn: '',
    });
  });

  it('sends only the fields changed, an emptied one as empty', () => {
    const draft = { ...draftOf(capsules), region: ' 360823 ', status: '', park: '', capacity: '年产100亿套胶囊' };
    expect(changedFields(capsules, draft)).toEqual([
      { name: 'region', value: '360823' },
      { name: 'capacity', value: '年产100亿套胶囊' },
      { name: 'status', value: '' },
    ]);
    expect(changedFields(capsules, draftOf(capsules))).toEqual([]);
  });
});

describe('an article’s proposals by sentence', () => {
  it('groups them under their sentences in the article’s order', () => {
    const groups = groupBySentence([{ sentence: 3, id: 'a' }, { sentence: 1, id: 'b' }, { sentence: 3, id: 'c' }], ['s0', 's1', 's2', 's3']);
    expect(groups.map((g) => [g.index, g.text, g.proposals.map((p) => p.id)])).toEqual([[1, 's1', ['b']], [3, 's3', ['a', 'c']]]);
  });
});
