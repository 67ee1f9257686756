import { describe, expect, it } from 'vitest';
import { relatedness } from '../../core/product-space.ts';
import { FIRMS_KEPT, presenceRows, segmentsByRegion, type FirmFacts, type ProjectFacts } from '../../core/presence.ts';

const firm = (id: string, regionPath: string[] | null, segments: string[], investments: number[] = [], parkId: string | null = null): FirmFacts => ({
  id, regionPath, parkId, segments, investments,
});
const project = (id: string, regionPath: string[] | null, status: string | null, signedOn: string | null, segments: string[], firmId: string | null = null): ProjectFacts => ({
  id, firmId, regionPath, parkId: null, status, signedOn, segments,
});

describe('presence rows', () => {
  const firms = [
    firm('a', ['360824', '3608', '36'], ['s1']),
    firm('b', ['360824', '3608', '36'], ['s1', 's2'], [], 'park-x'),
    firm('c', ['360881', '3608', '36'], ['s1'], [5e8, 1e8]),
    firm('d', null, ['s1'], [9e9]),
  ];
  const projects = [
    project('p1', ['360824', '3608', '36'], 'in_production', '2024-01-01', ['s1']),
    project('p2', ['360824', '3608', '36'], 'signed', '2023-05-01', ['s1']),
    project('p3', ['360824', '3608', '36'], null, null, ['s1']),
  ];
  const rows = presenceRows(firms, projects);
  const row = (place: string, segment: string) => rows.find((r) => r.place === place && r.segment === segment);

  it('counts firms at every level of their region path, in their park and in the whole country', () => {
    expect(row('360824', 's1')?.firmCount).toBe(2);
    expect(row('3608', 's1')?.firmCount).toBe(3);
    expect(row('36', 's1')?.firmCount).toBe(3);
    expect(row('*', 's1')?.firmCount).toBe(4);
    expect(row('park:park-x', 's2')?.firmCount).toBe(1);
    expect(row('360881', 's2')).toBeUndefined();
  });

  it('counts producers: the firms that make it there, and each producing project’s firm once, a project without a firm as one', () => {
    // a and b make s1 in 360824; p1 produces s1 there and names no firm; p2 and p3 are not producing.
    expect(row('360824', 's1')?.producerCount).toBe(3);
    const more = presenceRows(firms, [
      project('q1', ['360824', '3608', '36'], 'in_production', null, ['s1'], 'a'),
      project('q2', ['360824', '3608', '36'], 'completed', null, ['s1'], 'd'),
      project('q3', ['360824', '3608', '36'], 'in_production', null, ['s1'], 'd'),
      project('q4', ['360824', '3608', '36'], 'signed', null, ['s2'], 'd'),
    ]);
    const producers = (place: string, segment: string) => more.find((r) => r.place === place && r.segment === segment)?.producerCount;
    // a is counted as a maker already; d makes s1 but is located nowhere, so its two producing projects count it once.
    expect(producers('360824', 's1')).toBe(3);
    // In the whole country d is a maker of s1 itself: its projects add no producer there.
    expect(producers('*', 's1')).toBe(4);
    // A signed project is no producer.
    expect(producers('360824', 's2')).toBe(1);
  });

  it('lists the strongest firms first: projects, then investment, then segments made, then id', () => {
    expect(row('*', 's1')?.firmIds).toEqual(['c', 'd', 'b', 'a']);
  });

  it('puts pipeline projects first, latest signed first, and counts every status', () => {
    const r = row('360824', 's1')!;
    expect(r.projectIds).toEqual(['p2', 'p3', 'p1']);
    expect(r.projectStatuses).toEqual(['signed', '', 'in_production']);
    expect(Object.fromEntries(r.statuses.map((s, i) => [s, r.statusCounts[i]]))).toEqual({ signed: 1, '': 1, in_production: 1 });
  });

  it(`keeps at most ${FIRMS_KEPT} firm ids however many there are`, () => {
    const many = Array.from({ length: FIRMS_KEPT + 10 }, (_, i) => firm(`f${String(i).padStart(4, '0')}`, ['36'], ['s']));
    const [only] = presenceRows(many, []).filter((r) => r.place === '36');
    expect(only!.firmCount).toBe(FIRMS_KEPT + 10);
    expect(only!.firmIds).toHaveLength(FIRMS_KEPT);
  });
});

describe('relatedness', () => {
  // Three regions: A has s1 s2, B has s1 s2 s3, C has s1.
  const rows = relatedness([['s1', 's2'], ['s1', 's2', 's3'], ['s1']]);
  const of = (segment: string) => rows.find((r) => r.segment === segment)!;
  const phi = (i: string, j: string) => of(j).phi[of(i).index]!;

  it('is N(i and j) / max(N(i), N(j)) over regions, in dense rows read by index', () => {
    expect(phi('s1', 's2')).toBeCloseTo(2 / 3);
    expect(phi('s2', 's3')).toBeCloseTo(1 / 2);
    expect(phi('s1', 's3')).toBeCloseTo(1 / 3);
    expect(phi('s3', 's1')).toBeCloseTo(phi('s1', 's3'));
    expect(phi('s3', 's3')).toBe(0);
    expect(of('s3').phiTotal).toBeCloseTo(1 / 2 + 1 / 3);
    expect(rows.map((r) => r.phi.length)).toEqual([3, 3, 3]);
  });

  it('counts each region once, at its most precise level', () => {
    const units = segmentsByRegion([firm('a', ['360824', '3608', '36'], ['s1']), firm('b', ['3608', '36'], ['s2'])], []);
    expect([...units].map(([unit, set]) => [unit, [...set]])).toEqual([['360824', ['s1']], ['3608', ['s2']]]);
  });
});
