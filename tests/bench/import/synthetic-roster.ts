/**
 * A synthetic firm roster for the import benchmark, shaped like a 企查查 / 天眼查 export: real
 * counties (seed/regions), 2017 industry codes and their names (seed/industry-codes.yaml),
 * segment keywords in 经营范围 (seed/chains), credit codes with a valid check digit. Every row is
 * marked synthetic twice — 标签 "合成数据 synthetic" and a 备注 saying so — and every name starts
 * with 合成, so a row never passes for a real firm.
 *
 * Each row is drawn from a random source seeded by its own index, so any row can be made again
 * alone: the re-import file takes the rows of one county out of the big file without reading it.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { creditCodeCheckDigit } from '../../../core/credit-code.ts';
import { readRegions } from '../../../seed/regions/read-regions.ts';
import { readYaml } from '../../../seed/read-yaml.ts';
import { seedRoot } from '../../../seed/read-seed.ts';
import { chainFile } from '../../../seed/schema/chain-file.ts';
import { industryCodesFile } from '../../../seed/schema/industry-codes-file.ts';
import { Random, WeightedPicker } from '../../../seed/synthetic/random.ts';
import { readdirSync } from 'node:fs';

export const SYNTHETIC_TAG = '合成数据 synthetic';
const NOTE = '合成数据 synthetic：导入基准测试生成（tests/bench/import），不是真实企业';

export const HEADER = [
  '企业名称', '统一社会信用代码', '法定代表人', '成立日期', '注册资本', '企业状态', '所属省份', '所属城市', '所属区县',
  '注册地址', '国标行业小类', '经营范围', '企业类型', '标签', '备注',
];

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const BRANDS = ['华', '鑫', '盛', '宏', '恒', '瑞', '达', '源', '丰', '泰', '新', '远', '光', '晟', '嘉', '诚', '科', '联', '中', '金'];
const KINDS = ['科技', '新材料', '实业', '制造', '化工', '电子', '能源', '装备'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '超', '霞'];
const FIRM_TYPES = ['有限责任公司(自然人投资或控股)', '有限责任公司(自然人独资)', '股份有限公司(非上市、自然人投资或控股)', '其他有限责任公司'];
const STATUSES = ['存续', '在业', '注销', '吊销', '迁出'];
const STATUS_PICKER = new WeightedPicker([70, 15, 8, 4, 3]);
const FILLER = ['货物进出口', '技术进出口', '技术服务、技术开发、技术咨询', '普通机械设备安装服务', '五金产品批发', '道路货物运输（不含危险货物）'];
/** Codes of no segment, so that some rows place by keywords alone or not at all. */
const OTHER_CODES = ['7299 其他未列明商务服务业', '5191 贸易代理', '7212 投资与资产管理', '6513 应用软件开发'];

interface County { code: string; name: string; city: string; province: string; weight: number }

/** What the generator draws from: the real region tree, the industry codes and segment keywords. */
export class RosterGenerator {
  readonly counties: County[];
  readonly #countyPicker: WeightedPicker;
  readonly #segments: { keywords: string[]; codes: string[] }[];
  readonly #mappedCodes: string[];

  constructor(readonly seed: number) {
    const regions = readRegions();
    const byCode = new Map(regions.map((r) => [r.code, r]));
    // County weights are fixed by the seed, heavy-tailed as firm counts across counties are.
    const random = new Random(seed);
    this.counties = regions
      .filter((r) => r.level === 'county')
      .map((r) => {
        const city = byCode.get(r.parent!)!;
        return { code: r.code, name: r.name, city: city.name, province: byCode.get(city.parent!)!.name, weight: random.logNormal(1.3) };
      });
    this.#countyPicker = new WeightedPicker(this.counties.map((c) => c.weight));
    const { codes } = readYaml(path.join(seedRoot, 'industry-codes.yaml'), industryCodesFile);
    const codesOf = new Map<string, string[]>();
    for (const c of codes) for (const s of c.segments) codesOf.set(s, [...(codesOf.get(s) ?? []), `${c.code} ${c.name}`]);
    this.#mappedCodes = codes.filter((c) => c.code.length === 4).map((c) => `${c.code} ${c.name}`);
    const chainsDir = path.join(seedRoot, 'chains');
    this.#segments = readdirSync(chainsDir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .flatMap((f) => readYaml(path.join(chainsDir, f), chainFile).segments)
      .filter((s) => (s.keywords ?? []).length > 0)
      .map((s) => ({ keywords: s.keywords!, codes: (codesOf.get(s.id) ?? []).filter((c) => /^\d{4} /.test(c)) }));
  }

  /** The county a row lies in: drawn first from the row's own source, so it is cheap to find again. */
  countyOf(index: number): County {
    return this.counties[this.#countyPicker.pick(this.#random(index))]!;
  }

  #random(index: number): Random {
    return new Random(Math.imul(index + 1, 2654435761) ^ this.seed);
  }

  /**
   * Row `index` of the roster; `variant` > 0 changes its scope and capital, as a later export of the
   * same firm would; `inCounty` puts it in that county whatever its draw (its name and code follow).
   */
  row(index: number, variant = 0, inCounty?: string): string[] {
    const random = this.#random(index);
    const drawn = this.counties[this.#countyPicker.pick(random)]!;
    const county = inCounty === undefined ? drawn : this.counties.find((c) => c.code === inCounty)!;
    const segment = random.pick(this.#segments);
    const keywords = [...new Set([random.pick(segment.keywords), random.pick(segment.keywords)])];
    const short = county.name.length > 2 ? county.name.replace(/(自治县|自治旗|县|区|市|旗)$/, '') : county.name;
    const name = `合成${short}${random.pick(BRANDS)}${random.pick(BRANDS)}${keywords[0]}${random.pick(KINDS)}有限公司${serial(index)}`;
    const draw = random.next();
    const industry = draw < 0.5 && segment.codes.length > 0 ? random.pick(segment.codes) : draw < 0.7 ? random.pick(this.#mappedCodes) : draw < 0.85 ? random.pick(OTHER_CODES) : '';
    const scope = [`生产、销售${keywords.join('、')}`, random.pick(FILLER), random.pick(FILLER)];
    if (variant > 0) scope.push(`${random.pick(segment.keywords)}的研发（第 ${variant} 次变更）`);
    const year = 1995 + random.int(29);
    const founded = `${year}-${String(1 + random.int(12)).padStart(2, '0')}-${String(1 + random.int(28)).padStart(2, '0')}`;
    const capital = `${(1 + random.int(200)) * 50 + variant * 10}万元人民币`;
    return [
      name, creditCode(county.code, index), `${random.pick(SURNAMES)}${random.pick(GIVEN)}`, founded, capital, STATUSES[STATUS_PICKER.pick(random)]!,
      county.province, county.city, county.name, `${county.province}${county.city}${county.name}合成路${1 + random.int(999)}号`,
      industry, `${scope.join('；')}。`, random.pick(FIRM_TYPES), SYNTHETIC_TAG, NOTE,
    ];
  }
}

/** 合成 names are unique in the file: the row’s index, in base 36, closes each name. */
function serial(index: number): string {
  return `（${index.toString(36).toUpperCase()}）`;
}

/** A well-formed 18-character code: 91 (a company), the county, the index as 主体标识码, and its check character. */
function creditCode(county: string, index: number): string {
  let body = '';
  for (let n = index, i = 0; i < 9; i++, n = Math.floor(n / 31)) body = CODE_CHARS[n % 31]! + body;
  const first17 = `91${county}${body}`;
  return first17 + creditCodeCheckDigit(first17);
}

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** Writes rows as a UTF-8 CSV (with a BOM, as Excel saves it), waiting when the disk is behind. */
export async function writeCsv(file: string, rows: Iterable<string[]>): Promise<number> {
  const out = createWriteStream(file);
  let count = 0;
  if (!out.write(`\uFEFF${HEADER.join(',')}\n`)) await once(out, 'drain');
  for (const row of rows) {
    count++;
    if (!out.write(`${row.map(quote).join(',')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return count;
}

/** The rows 0 … count−1. */
export function* rosterRows(generator: RosterGenerator, count: number): Generator<string[]> {
  for (let i = 0; i < count; i++) yield generator.row(i);
}

/**
 * A later export of one county: its first `existing` firms of the big roster, every fifth with its
 * scope and capital changed (`variant` times: each variant differs from the others), then `added`
 * firms new to the graph (indexes past the big roster).
 */
export function* countyRows(generator: RosterGenerator, county: string, bigRows: number, existing: number, added: number, variant = 1): Generator<string[]> {
  let taken = 0;
  for (let i = 0; i < bigRows && taken < existing; i++) {
    if (generator.countyOf(i).code !== county) continue;
    yield generator.row(i, taken % 5 === 0 ? variant : 0);
    taken++;
  }
  for (let i = bigRows, made = 0; made < added; i++) {
    if (generator.countyOf(i).code !== county) continue;
    yield generator.row(i);
    made++;
  }
}

/** `count` rows all in one county (a graph's busiest, whatever the generator's weights), every fifth changed `variant` times. */
export function* rowsInCounty(generator: RosterGenerator, county: string, count: number, variant: number): Generator<string[]> {
  for (let i = 0; i < count; i++) yield generator.row(i, i % 5 === 0 ? variant : 0, county);
}

/** The county with the most rows among the first `rows`: the re-import's. */
export function busiestCounty(generator: RosterGenerator, rows: number): { code: string; name: string; rows: number } {
  const counts = new Map<string, number>();
  for (let i = 0; i < rows; i++) {
    const code = generator.countyOf(i).code;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const [code, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return { code, name: generator.counties.find((c) => c.code === code)!.name, rows: count };
}
