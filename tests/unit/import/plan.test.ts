import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { diffProps } from '../../../import/plan/entity-plan.ts';
import { newFirmId, projectId } from '../../../import/plan/identity.ts';
import { graphProps } from '../../../import/write/graph-props.ts';

describe('diffProps', () => {
  it('changes only what differs, keeping each changed value before (null where absent)', () => {
    const current = { name: '甲', creditCode: null, registeredCapital: 50_000_000, tags: ['专精特新'], foundedOn: '2015-06-01' };
    const wanted = { name: '甲', creditCode: null, registeredCapital: 60_000_000, tags: ['专精特新'], foundedOn: '2015-06-01', status: 'active' };
    expect(diffProps(current, wanted)).toEqual({
      changed: { registeredCapital: 60_000_000, status: 'active' },
      previous: { registeredCapital: 50_000_000, status: null },
    });
  });

  it('reads an absent property and a null one as the same, and never compares provenance', () => {
    expect(diffProps({ name: '甲', sources: ['a'] }, { name: '甲', address: null, sources: ['b'], importId: 'x' })).toEqual({ changed: {}, previous: {} });
  });
});

describe('identity', () => {
  it('is the credit code, else the name within the region, whatever its spacing or bracket width', () => {
    expect(newFirmId('91310110666007217T', '310110', '某公司')).toBe('firm-91310110666007217T');
    expect(newFirmId(null, '360824', '新干示例（江西）有限公司')).toBe(newFirmId(null, '360824', '新干示例 (江西)有限公司'));
    expect(newFirmId(null, '360824', '甲')).not.toBe(newFirmId(null, '360823', '甲'));
  });

  it('is a project’s ledger number where it has one, else its name in its park or county', () => {
    expect(projectId('XG-2024-01', { park: null, region: '360824' }, '甲')).toBe('project-no-XG-2024-01');
    expect(projectId(null, { park: 'p1', region: null }, '甲')).toMatch(/^project-park-p1-[0-9a-f]{12}$/);
    expect(projectId(null, { park: null, region: '360824' }, '甲')).toMatch(/^project-360824-[0-9a-f]{12}$/);
  });
});

describe('graphProps', () => {
  it('writes the date properties as Neo4j dates and leaves the rest as they are', () => {
    const props = graphProps({ foundedOn: '2015-06-01', asOf: null, name: '2015-06-01' });
    expect(neo4j.isDate(props.foundedOn)).toBe(true);
    expect(String(props.foundedOn)).toBe('2015-06-01');
    expect(props).toMatchObject({ asOf: null, name: '2015-06-01' });
  });
});
