import { describe, expect, it } from 'vitest';
import { rulesFromRows } from '../../../core/classification-rules.ts';
import type { FirmRecord, ProjectRecord } from '../../../import/check/records.ts';
import { Classifier } from '../../../import/classify/classify.ts';
import { industryEdition } from '../../../import/classify/industry-edition.ts';
import { LEDGER_NAMED, placeFirm, placementTotals, placeProject } from '../../../import/classify/place-records.ts';
import type { Field } from '../../../import/columns/fields.ts';
import type { MappedColumn } from '../../../import/columns/map-columns.ts';
import { printPlacements } from '../../../import/print-placements.ts';
import { classificationRuleRows } from '../../../seed/classification-rule-rows.ts';
import { readSeed } from '../../../seed/read-seed.ts';

const classifier = new Classifier(rulesFromRows(classificationRuleRows(readSeed())));

const firm = (fields: Partial<FirmRecord>): FirmRecord => ({
  rowNumber: 2, name: '某某有限公司', creditCode: null, creditCodeWarning: null, legalRepresentative: null, foundedOn: null,
  registeredCapital: null, status: 'active', regionCode: '360824', regionSource: 'columns', park: null, address: null,
  industry: { section: null, division: null, group: null, class: null }, industryCode: null, businessScope: null,
  firmType: null, tags: [], note: null, ...fields,
});

const project = (fields: Partial<ProjectRecord>): ProjectRecord => ({
  rowNumber: 3, ledgerId: null, name: '某某项目', investor: null, investment: null, investmentCny: null, signedOn: null,
  status: null, park: null, regionCode: '360824', regionSource: 'columns', chain: null, segment: null, liaison: null, note: null, ...fields,
});

describe('placing a roster row', () => {
  const saltWorks = firm({ industryCode: '2612', industry: { section: null, division: null, group: null, class: '2612 无机碱制造' }, businessScope: '烧碱生产、销售' });

  it('accepts a segment its 2017 code and scope agree on', () => {
    const placed = placeFirm(classifier, saltWorks, 2017);
    expect(placed.unplaced).toBeNull();
    expect(placed.proposals.find((p) => p.segment === 'caustic-soda')).toMatchObject({ method: 'both', decision: 'accept' });
  });

  it('with 2011 codes, refuses the code and places by keywords alone', () => {
    const placed = placeFirm(classifier, saltWorks, 2011);
    expect(placed.proposals.map((p) => p.method)).toEqual(['keyword']);
    const unmappable = placeFirm(classifier, firm({ industryCode: '2612' }), 2011);
    expect(unmappable.unplaced).toEqual({ reason: 'code-refused', code: '2612' });
  });

  it('says why a row could not be placed', () => {
    expect(placeFirm(classifier, firm({}), 2017).unplaced).toEqual({ reason: 'no-code-no-keyword', code: null });
    expect(placeFirm(classifier, firm({ industryCode: '7299' }), 2017).unplaced).toEqual({ reason: 'code-unmapped', code: '7299' });
  });

  it('classifies a deregistered firm like any other', () => {
    expect(placeFirm(classifier, { ...saltWorks, status: 'deregistered' }, 2017).proposals).toEqual(placeFirm(classifier, saltWorks, 2017).proposals);
  });
});

describe('placing a ledger row', () => {
  it('accepts the segment its 环节 names', () => {
    expect(placeProject(classifier, project({ chain: '盐化工', segment: '元明粉（无水硫酸钠）' })).proposals).toEqual([
      { segment: 'sodium-sulfate', segmentName: '元明粉(无水硫酸钠)', method: 'ledger', matched: '环节: 元明粉（无水硫酸钠）', confidence: LEDGER_NAMED, decision: 'accept' },
    ]);
  });

  it('accepts a keyword of one segment in its 环节, and leaves its name’s products for review', () => {
    expect(placeProject(classifier, project({ segment: '液碱' })).proposals).toMatchObject([{ segment: 'caustic-soda', method: 'ledger', decision: 'accept' }]);
    const byName = placeProject(classifier, project({ name: '年产20万吨离子膜烧碱项目' }));
    expect(byName.proposals).toMatchObject([{ segment: 'caustic-soda', method: 'keyword', decision: 'review' }]);
    expect(placeProject(classifier, project({})).unplaced).toEqual({ reason: 'no-code-no-keyword', code: null });
  });

  it('counts placements, reviews and rows not placed', () => {
    const rows = [placeProject(classifier, project({ segment: '烧碱' })), placeProject(classifier, project({}))];
    expect(placementTotals(rows)).toEqual({ rows: 2, accepted: 1, review: 0, unplaced: 1 });
  });
});

describe('the industry codes’ edition', () => {
  const mapping = (header: string) => ({ columns: new Map<Field, MappedColumn>([['industryClass', { field: 'industryClass', header } as MappedColumn]]) });

  it('is 2017 unless told, saying whether the header (国标行业) says so', () => {
    expect(industryEdition(mapping('国标行业小类'))).toEqual({ edition: 2017, source: 'header' });
    expect(industryEdition(mapping('所属行业'))).toEqual({ edition: 2017, source: 'default' });
    expect(industryEdition({ columns: new Map<Field, MappedColumn>() })).toEqual({ edition: 2017, source: 'none' });
    expect(industryEdition(mapping('国标行业小类'), 2011)).toEqual({ edition: 2011, source: 'given' });
  });
});

describe('the preview of placements', () => {
  it('lists a ledger row not placed with what a ledger gives, not a registry code', () => {
    const rows = [placeProject(classifier, project({ name: '示例化工泵项目' }))];
    const lines = printPlacements({ edition: null, rows, totals: placementTotals(rows), plan: { kind: 'adds', writes: [], known: 0 } }, 'zh');
    expect(lines).toContain('  第 3 行 示例化工泵项目：环节、产业链和项目名称中都没有任何环节的名称或关键词');
  });
});
