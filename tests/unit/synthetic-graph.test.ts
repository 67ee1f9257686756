import { describe, expect, it } from 'vitest';
import { readSeed } from '../../seed/read-seed.ts';
import { parseSynthArgs } from '../../seed/synthetic/synth-args.ts';
import { apportion } from '../../seed/synthetic/random.ts';
import { SyntheticGraph, type FirmRow, type ProjectRow } from '../../seed/synthetic/synthetic-graph.ts';

const templates = readSeed();
const counties = new Set(templates.regions.filter((r) => r.level === 'county').map((r) => r.code));
const chainOf = new Map(templates.chains.flatMap((c) => c.segments.map((s) => [s.id, c.id] as const)));

function build(firms: number, seed: number) {
  const graph = new SyntheticGraph(templates, firms, seed);
  const all: { firms: FirmRow[]; projects: ProjectRow[] } = { firms: [], projects: [] };
  for (const batch of graph.batches(1_000)) {
    all.firms.push(...batch.firms);
    all.projects.push(...batch.projects);
  }
  return { graph, ...all };
}

describe('the synthetic graph', () => {
  const { graph, firms, projects } = build(20_000, 7);

  it('is the same for the same seed and differs for another', () => {
    const again = build(20_000, 7);
    expect(again.firms).toEqual(firms);
    expect(again.projects).toEqual(projects);
    expect(again.graph.parks).toEqual(graph.parks);
    expect(build(20_000, 8).firms.map((f) => f.makes)).not.toEqual(firms.map((f) => f.makes));
  });

  it('has exactly the firms asked for, each in a real county (or a park of one) making real segments', () => {
    expect(firms).toHaveLength(20_000);
    expect(new Set(firms.map((f) => f.id)).size).toBe(20_000);
    const parks = new Map(graph.parks.map((p) => [p.id, p]));
    for (const firm of firms) {
      const county = firm.park ? parks.get(firm.park)!.region : firm.region!;
      expect(counties.has(county)).toBe(true);
      expect(firm.regionPath[0]).toBe(county);
      for (const segment of firm.makes) expect(chainOf.has(segment)).toBe(true);
    }
  });

  it('spreads firms over counties with a heavy tail', () => {
    const perCounty = new Map<string, number>();
    for (const firm of firms) perCounty.set(firm.regionPath[0]!, (perCounty.get(firm.regionPath[0]!) ?? 0) + 1);
    const sizes = [...perCounty.values()].sort((a, b) => b - a);
    const top10 = sizes.slice(0, Math.ceil(counties.size / 10)).reduce((a, b) => a + b, 0);
    // An even spread would give the top tenth of counties a tenth of the firms.
    expect(top10 / firms.length).toBeGreaterThan(0.3);
  });

  it('clusters each county in a few chains', () => {
    const byCounty = new Map<string, Map<string, number>>();
    for (const firm of firms) {
      const chains = byCounty.get(firm.regionPath[0]!) ?? new Map<string, number>();
      const chain = chainOf.get(firm.makes[0]!)!;
      chains.set(chain, (chains.get(chain) ?? 0) + 1);
      byCounty.set(firm.regionPath[0]!, chains);
    }
    const big = [...byCounty.values()].filter((chains) => [...chains.values()].reduce((a, b) => a + b, 0) >= 30);
    const clustered = big.filter((chains) => {
      const counts = [...chains.values()].sort((a, b) => b - a);
      return counts.slice(0, 3).reduce((a, b) => a + b, 0) / counts.reduce((a, b) => a + b, 0) >= 0.6;
    });
    expect(big.length).toBeGreaterThan(50);
    // 29 chains spread evenly would put about 3/29 of a county's firms in its top three.
    expect(clustered.length / big.length).toBeGreaterThan(0.9);
  });

  it('gives projects a firm, a status, a signing date from 2019 on unless still negotiating, and an amount', () => {
    expect(projects.length).toBeGreaterThan(1_500);
    const firmIds = new Set(firms.map((f) => f.id));
    for (const project of projects) {
      expect(firmIds.has(project.firm)).toBe(true);
      if (project.status === 'negotiating') expect(project.signedOn).toBeNull();
      else expect(project.signedOn! >= '2019-01-01' && project.signedOn! <= '2025-12-31').toBe(true);
      expect(project.investmentCny).toBeGreaterThan(0);
    }
  });
});

describe('apportion', () => {
  it('splits a total in proportion, the parts adding up exactly', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [5, 0, 2]).reduce((a, b) => a + b, 0)).toBe(7);
  });
});

describe('npm run synth arguments', () => {
  it('need --firms, a whole number within bounds', () => {
    expect(parseSynthArgs(['--firms', '10000'])).toEqual({ firms: 10_000, seed: 20261124, force: false });
    expect(() => parseSynthArgs([])).toThrow('--firms is required');
    expect(() => parseSynthArgs(['--firms', 'many'])).toThrow('--firms must be a number');
    expect(() => parseSynthArgs(['--firms', '0'])).toThrow('--firms must be at least 1');
    expect(() => parseSynthArgs(['--firms', '2.5'])).toThrow('--firms must be a whole number');
    expect(() => parseSynthArgs(['--firms', '10', '--colour', 'red'])).toThrow("Unknown option '--colour'");
  });
});
