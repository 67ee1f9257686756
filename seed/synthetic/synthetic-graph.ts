import type { RegionSeedRow } from '../regions/read-regions.ts';
import type { SeedSet } from '../seed-set.ts';
import { enumValues } from '../../core/enum-values.ts';
import { apportion, Random, WeightedPicker } from './random.ts';

/**
 * A deterministic synthetic graph over the real counties and chain templates: parks per county,
 * firms spread with a heavy tail over counties and segments and clustered the way real places
 * are (each county dense in a few chains that feed each other), projects over 2019–2025, and the
 * chains counties and parks focus on. Every row it makes carries `synthetic: true` downstream.
 */

export interface ParkRow { id: string; name: string; region: string; regionPath: string[] }
/**
 * Raised whenever the generator changes what it writes: `npm run synth` and `npm run bench` build a
 * graph of an older version again. 2: park levels and focus roles the schema accepts; 3: the
 * derived rows count producers and their regions (derive/, DERIVED_VERSION 2).
 */
export const GENERATOR_VERSION = 3;

type Stored<E extends keyof typeof enumValues> = (typeof enumValues)[E][keyof (typeof enumValues)[E]];

export interface FocusRow { park: string | null; region: string | null; chain: string; role: Stored<'FocusRole'> }
export interface FirmRow { id: string; name: string; region: string | null; park: string | null; regionPath: string[]; parkId: string | null; makes: string[] }
export interface ProjectRow {
  id: string; name: string; status: Stored<'ProjectStatus'>; signedOn: string | null; investmentCny: number; chain: string;
  firm: string; region: string | null; park: string | null; regionPath: string[]; parkId: string | null; adds: string[];
}

interface County { code: string; name: string; path: string[]; weight: number; homeChains: number[]; homePicker: WeightedPicker; parks: { row: ParkRow; chain: number }[] }

const STATUSES: Stored<'ProjectStatus'>[] = ['negotiating', 'signed', 'under_construction', 'in_production', 'completed'];
const STATUS_PICKER = new WeightedPicker([15, 35, 25, 20, 5]);
const BRANDS = ['华', '鑫', '盛', '宏', '恒', '瑞', '达', '源', '丰', '泰', '新', '远', '光', '晟', '嘉', '诚'];
const KINDS = ['科技', '新材料', '实业', '制造', '化工', '电子', '能源', '装备'];
const HOME_WEIGHTS = [0.5, 0.25, 0.15, 0.1];
const FIRST_SIGNING = Date.UTC(2019, 0, 1);
const DAY = 86_400_000;

const pad = (n: number) => String(n).padStart(7, '0');
const shortName = (name: string) => (name.length > 2 ? name.replace(/(自治县|自治旗|县|区|市|旗)$/, '') : name);

export class SyntheticGraph {
  readonly parks: ParkRow[] = [];
  readonly focuses: FocusRow[] = [];
  readonly #random: Random;
  readonly #counties: County[];
  readonly #countyPicker: WeightedPicker;
  readonly #chains: { id: string; segments: string[]; picker: WeightedPicker }[];
  readonly #chainPicker: WeightedPicker;
  readonly #neighbours = new Map<string, string[]>();
  readonly #segmentChain = new Map<string, string>();
  readonly #segmentName = new Map<string, string>();

  constructor(seed: Pick<SeedSet, 'regions' | 'chains'>, readonly firms: number, randomSeed: number) {
    this.#random = new Random(randomSeed);
    const random = this.#random;
    this.#chains = seed.chains.map((chain) => ({
      id: chain.id,
      segments: chain.segments.map((s) => s.id),
      picker: new WeightedPicker(chain.segments.map(() => random.logNormal(1))),
    }));
    this.#chainPicker = new WeightedPicker(this.#chains.map(() => random.logNormal(0.8)));
    for (const chain of seed.chains) {
      for (const s of chain.segments) {
        this.#segmentChain.set(s.id, chain.id);
        this.#segmentName.set(s.id, s.name.replace(/\(.*\)$/, ''));
      }
      for (const [from, to] of chain.feeds) {
        this.#neighbours.set(from, [...(this.#neighbours.get(from) ?? []), to]);
        this.#neighbours.set(to, [...(this.#neighbours.get(to) ?? []), from]);
      }
    }
    const chainIndex = new Map(this.#chains.map((c, i) => [c.id, i]));
    const linkedChains = this.#chains.map((chain) => [
      ...new Set(chain.segments.flatMap((s) => (this.#neighbours.get(s) ?? []).map((n) => chainIndex.get(this.#segmentChain.get(n)!)!))),
    ].filter((i) => this.#chains[i]!.id !== chain.id));

    const byCode = new Map(seed.regions.map((r) => [r.code, r]));
    const pathOf = (region: RegionSeedRow): string[] => (region.parent ? [region.code, ...pathOf(byCode.get(region.parent)!)] : [region.code]);
    let parkNumber = 0;
    this.#counties = seed.regions
      .filter((r) => r.level === 'county')
      .map((region) => {
        const weight = random.logNormal(1.3);
        const homeChains = [this.#chainPicker.pick(random)];
        const wanted = 2 + random.int(3);
        while (homeChains.length < wanted) {
          const linked = linkedChains[homeChains[random.int(homeChains.length)]!]!;
          const next = linked.length && random.next() < 0.6 ? random.pick(linked) : this.#chainPicker.pick(random);
          if (!homeChains.includes(next)) homeChains.push(next);
        }
        const county: County = {
          code: region.code, name: region.name, path: pathOf(region), weight, homeChains,
          homePicker: new WeightedPicker(HOME_WEIGHTS.slice(0, homeChains.length)), parks: [],
        };
        const parkCount = Math.min(12, 1 + Math.floor(weight));
        for (let i = 0; i < parkCount; i += 1) {
          const chain = homeChains[i % homeChains.length]!;
          parkNumber += 1;
          const row = { id: `syn-park-${pad(parkNumber)}`, name: `合成·${shortName(region.name)}${['高新', '经开', '工业', '产业'][i % 4]}园区${i + 1}`, region: region.code, regionPath: county.path };
          county.parks.push({ row, chain });
          this.parks.push(row);
          this.focuses.push({ park: row.id, region: null, chain: this.#chains[chain]!.id, role: 'pillar' });
        }
        homeChains.slice(0, 2).forEach((chain, i) => this.focuses.push({ park: null, region: region.code, chain: this.#chains[chain]!.id, role: i === 0 ? 'leading' : 'pillar' }));
        return county;
      });
    this.#countyPicker = new WeightedPicker(this.#counties.map((c) => c.weight));
  }

  /** Firms with the projects they run, `size` firms at a time, in a fixed order. */
  *batches(size: number): Generator<{ firms: FirmRow[]; projects: ProjectRow[] }> {
    const random = this.#random;
    const perCounty = apportion(this.firms, this.#counties.map((c) => c.weight));
    let firms: FirmRow[] = [];
    let projects: ProjectRow[] = [];
    let firmNumber = 0;
    let projectNumber = 0;
    for (const [index, county] of this.#counties.entries()) {
      for (let n = 0; n < perCounty[index]!; n += 1) {
        firmNumber += 1;
        const chain = this.#chains[random.next() < 0.8 ? county.homeChains[county.homePicker.pick(random)]! : this.#chainPicker.pick(random)]!;
        const makes = [chain.segments[chain.picker.pick(random)]!];
        for (const chance of [0.35, 0.1]) {
          if (random.next() >= chance) break;
          const near = (this.#neighbours.get(makes[makes.length - 1]!) ?? []).filter((s) => !makes.includes(s));
          const next = near.length ? random.pick(near) : chain.segments[chain.picker.pick(random)]!;
          if (!makes.includes(next)) makes.push(next);
        }
        const park = this.#placeIn(county, chain.id);
        const name = `合成·${shortName(county.name)}${random.pick(BRANDS)}${random.pick(BRANDS)}${random.pick(KINDS)}有限公司`;
        const firm: FirmRow = { id: `syn-firm-${pad(firmNumber)}`, name, region: park ? null : county.code, park: park?.id ?? null, regionPath: county.path, parkId: park?.id ?? null, makes };
        firms.push(firm);
        if (random.next() < 0.12) {
          projectNumber += 1;
          projects.push(this.#project(projectNumber, firm, county));
        }
        if (firms.length === size) {
          yield { firms, projects };
          firms = [];
          projects = [];
        }
      }
    }
    if (firms.length) yield { firms, projects };
  }

  /** Most firms sit in a park, preferably one that focuses on their chain. */
  #placeIn(county: County, chainId: string): ParkRow | null {
    const random = this.#random;
    if (!county.parks.length || random.next() >= 0.6) return null;
    const matching = county.parks.filter((p) => this.#chains[p.chain]!.id === chainId);
    return (matching.length && random.next() < 0.7 ? random.pick(matching) : random.pick(county.parks)).row;
  }

  #project(number: number, firm: FirmRow, home: County): ProjectRow {
    const random = this.#random;
    const status = STATUSES[STATUS_PICKER.pick(random)]!;
    const county = random.next() < 0.8 ? home : this.#counties[this.#countyPicker.pick(random)]!;
    const park = county === home ? (firm.park ? { id: firm.park } : null) : county.parks.length && random.next() < 0.6 ? random.pick(county.parks).row : null;
    const segment = firm.makes[0]!;
    return {
      id: `syn-proj-${pad(number)}`,
      name: `合成·${firm.name.slice(3, 9)}${this.#segmentName.get(segment)}项目`,
      status,
      signedOn: status === 'negotiating' ? null : new Date(FIRST_SIGNING + random.int(7 * 365) * DAY).toISOString().slice(0, 10),
      investmentCny: Math.round(3 * random.logNormal(1)) * 1e8 + random.int(100) * 1e6,
      chain: this.#segmentChain.get(segment)!,
      firm: firm.id,
      region: park ? null : county.code,
      park: park?.id ?? null,
      regionPath: county.path,
      parkId: park?.id ?? null,
      adds: [segment],
    };
  }
}
