/**
 * Writes the two example files of `npm run import` for 新干县 (360824): a firm roster as a
 * 企查查-style .xlsx (a merged notice row above the header) and a project ledger as a GBK
 * CSV, as Chinese Excel saves one. Every row is example data and says so (示例 in each name, a
 * 数据说明/备注 column); credit codes read EXAMPL, so none can be a real firm's. A few rows are
 * wrong on purpose, so the preview shows refusals. Run: npx tsx examples/import/make-examples.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { creditCodeCheckDigit } from '../../core/credit-code.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const EXAMPLE = '示例数据，非真实企业';

/** A valid code registered in 新干县 whose 主体标识码 reads EXAMPL and a number. */
function exampleCreditCode(n: number): string {
  const first17 = `91360824EXAMPL${String(n).padStart(3, '0')}`;
  return first17 + creditCodeCheckDigit(first17);
}

interface FirmTemplate {
  name: string;
  division: string;
  group: string;
  class: string;
  scope: string;
  tags?: string;
}

const C26 = '26 化学原料和化学制品制造业';
const C261 = '261 基础化学原料制造';
/** 新干's four lead industries (盐化工, 机械机电, 箱包皮具, 灯饰照明), with their GB/T 4754-2017 codes. */
const templates: FirmTemplate[] = [
  { name: '岩盐矿业', division: '10 非金属矿采选业', group: '103 采盐', class: '1030 采盐', scope: '岩盐开采；卤水开采；工业盐生产、销售' },
  { name: '盐化', division: C26, group: C261, class: '2612 无机碱制造', scope: '烧碱（离子膜烧碱）、液氯、盐酸、次氯酸钠生产、销售', tags: '高新技术企业' },
  { name: '氯碱化工', division: C26, group: C261, class: '2612 无机碱制造', scope: '烧碱、液氯、氢气生产、销售；危险化学品经营' },
  { name: '聚氯乙烯', division: C26, group: '265 合成材料制造', class: '2651 初级形态塑料及合成树脂制造', scope: '聚氯乙烯树脂（PVC）、PVC糊树脂生产、销售' },
  { name: '元明粉', division: C26, group: C261, class: '2613 无机盐制造', scope: '元明粉（无水硫酸钠）生产、销售' },
  { name: '纯碱', division: C26, group: C261, class: '2612 无机碱制造', scope: '纯碱、氯化铵联产；化工产品销售' },
  { name: '氯化铵', division: C26, group: C261, class: '2613 无机盐制造', scope: '氯化铵、复合肥原料生产、销售' },
  { name: '氯甲烷', division: C26, group: C261, class: '2614 有机化学原料制造', scope: '二氯甲烷、三氯甲烷（甲烷氯化物）生产、销售', tags: '专精特新中小企业' },
  { name: '磷化工', division: C26, group: C261, class: '2613 无机盐制造', scope: '三氯化磷、五氯化磷生产、销售' },
  { name: '食盐', division: '14 农副食品加工业', group: '149 其他农副食品加工', class: '1494 盐加工', scope: '食用盐、多品种盐加工、分装、销售' },
  { name: '药用盐', division: '27 医药制造业', group: '271 化学药品原料药制造', class: '2710 化学药品原料药制造', scope: '药用氯化钠生产、销售' },
  { name: '精细化工', division: C26, group: '266 专用化学产品制造', class: '2661 化学试剂和助剂制造', scope: '氯乙酸、氯化石蜡等氯系精细化学品生产' },
  { name: '水处理剂', division: C26, group: '266 专用化学产品制造', class: '2662 专项化学用品制造', scope: '次氯酸钠、聚合氯化铝（水处理剂）生产、销售' },
  { name: '变压器', division: '38 电气机械和器材制造业', group: '382 输配电及控制设备制造', class: '3821 变压器、整流器和电感器制造', scope: '电力变压器、箱式变电站制造、销售' },
  { name: '泵业', division: '34 通用设备制造业', group: '344 泵、阀门、压缩机及类似机械制造', class: '3441 泵及真空设备制造', scope: '化工泵、耐腐蚀泵制造、销售' },
  { name: '矿山机械', division: '35 专用设备制造业', group: '351 采矿、冶金、建筑专用设备制造', class: '3511 矿山机械制造', scope: '盐矿开采设备、输送机械制造' },
  { name: '箱包', division: '19 皮革、毛皮、羽毛及其制品和制鞋业', group: '192 皮革制品制造', class: '1922 皮箱、包（袋）制造', scope: '箱包、背包、旅行箱生产、销售', tags: '规上企业' },
  { name: '皮具', division: '19 皮革、毛皮、羽毛及其制品和制鞋业', group: '192 皮革制品制造', class: '1922 皮箱、包（袋）制造', scope: '皮具、手袋、钱包加工、销售' },
  { name: '箱壳', division: '29 橡胶和塑料制品业', group: '292 塑料制品业', class: '2929 塑料零件及其他塑料制品制造', scope: 'ABS/PC箱壳、箱包塑料配件生产' },
  { name: '照明', division: '38 电气机械和器材制造业', group: '387 照明器具制造', class: '3872 照明灯具制造', scope: 'LED灯具、装饰灯具生产、销售', tags: '高新技术企业、专精特新中小企业' },
  { name: '灯饰', division: '38 电气机械和器材制造业', group: '387 照明器具制造', class: '3872 照明灯具制造', scope: '水晶灯饰、吊灯、台灯生产、销售' },
  { name: '光源', division: '38 电气机械和器材制造业', group: '387 照明器具制造', class: '3871 电光源制造', scope: 'LED光源模组、灯珠生产' },
];

const FIRM_HEADER = [
  '企业名称', '登记状态', '法定代表人', '注册资本', '成立日期', '统一社会信用代码', '所属省份', '所属城市', '所属区县', '企业地址',
  '企业（机构）类型', '国标行业门类', '国标行业大类', '国标行业中类', '国标行业小类', '经营范围', '标签', '数据说明',
];
const TOWNS = ['金川镇', '三湖镇', '大洋洲镇', '七琴镇', '界埠镇', '溧江镇'];
const SURNAMES = '王李张刘陈杨黄赵吴周';

/** The good rows: each template once for 新干, and the first 16 again as a second firm. */
function firmRows(): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  const all = [...templates.map((t) => ({ t, prefix: '新干' })), ...templates.slice(0, 16).map((t) => ({ t, prefix: '江西' }))];
  all.forEach(({ t, prefix }, i) => {
    const n = i + 1;
    const town = TOWNS[i % TOWNS.length]!;
    // Some rows leave the region columns empty, so the address gives it; a few have neither, so the credit code does.
    const regionColumns = i % 5 === 3 || i % 7 === 5 ? [null, null, null] : ['江西省', '吉安市', '新干县'];
    const address = i % 7 === 5 ? null : `江西省吉安市新干县${town}示例工业园${n}号`;
    const status = i === 9 ? '注销' : i === 20 ? '吊销，未注销' : i % 4 === 1 ? '在业' : '存续（在营、开业、在册）';
    const capital = i === 12 ? '300万美元' : i % 3 === 0 ? `${(1 + (i % 5)) * 0.6}亿元人民币` : `${500 + i * 250}万元人民币`;
    // Dates as registries write them, and one Excel serial (a number cell).
    const founded = i === 4 ? '2012年5月3日' : i === 7 ? 41000 : `${2003 + (i % 19)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`;
    rows.push([
      `${prefix}示例${t.name}有限公司`, status, `${SURNAMES[i % SURNAMES.length]}示例`, capital, founded, exampleCreditCode(n),
      ...regionColumns, address, i % 6 === 0 ? '有限责任公司（自然人投资或控股）' : '有限责任公司', 'C 制造业', t.division, t.group, t.class,
      t.scope, t.tags ?? '-', EXAMPLE,
    ]);
  });
  return rows;
}

/** Rows wrong on purpose, each with what the preview should say about it. */
function badFirmRows(good: (string | number | null)[][]): (string | number | null)[][] {
  const like = (i: number, changes: Record<number, string | number | null>) => good[i]!.map((cell, c) => (c in changes ? changes[c]! : cell));
  const badCheckDigit = exampleCreditCode(90).slice(0, 17) + (exampleCreditCode(90).endsWith('0') ? '1' : '0');
  return [
    like(1, { 0: '新干示例烧碱有限公司', 5: badCheckDigit, 17: `${EXAMPLE}；校验位错误（故意）` }),
    like(2, { 0: '新干示例液氯有限公司', 4: '2019年13月5日', 5: exampleCreditCode(91), 17: `${EXAMPLE}；日期错误（故意）` }),
    like(3, { 0: '新干示例树脂有限公司', 5: exampleCreditCode(92), 6: '江西省', 7: '吉安市', 8: '新千县', 17: `${EXAMPLE}；区县写错（故意）` }),
    like(5, { 17: `${EXAMPLE}；与上方一行重复（故意）` }),
    like(6, { 0: '新干示例化肥有限公司', 3: '约五千万', 5: exampleCreditCode(93), 17: `${EXAMPLE}；金额无法识别（故意）` }),
  ];
}

async function writeRoster(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('企业名录');
  sheet.addRow(['数据使用声明：本表为 Chain Atlas 的示例数据，按企查查导出格式生成，所列企业均非真实企业，仅用于演示导入。']);
  sheet.mergeCells(1, 1, 1, FIRM_HEADER.length);
  sheet.addRow(FIRM_HEADER);
  const good = firmRows();
  const bad = badFirmRows(good);
  // Bad rows sit among the good ones, as they would in a real file.
  for (const [i, row] of good.entries()) {
    sheet.addRow(row);
    if (i % 7 === 6 && bad.length > 0) sheet.addRow(bad.shift()!);
  }
  for (const row of bad) sheet.addRow(row);
  await workbook.xlsx.writeFile(file);
}

const PROJECT_HEADER = ['项目名称', '投资方', '总投资（亿元）', '签约日期', '状态', '所在园区', '所在区县', '产业链', '环节', '对接单位', '备注'];
const PARK = '新干示例盐化工业园（示例）';
const NOTE = '示例数据，非真实项目';

function projectRows(): string[][] {
  const items: [string, string, string, string][] = [
    ['年产20万吨离子膜烧碱', '新干示例盐化有限公司', '盐化工', '烧碱'],
    ['液氯储运及充装', '新干示例氯碱化工有限公司', '盐化工', '液氯'],
    ['年产10万吨聚氯乙烯树脂', '新干示例聚氯乙烯有限公司', '盐化工', '聚氯乙烯树脂'],
    ['元明粉技改扩能', '新干示例元明粉有限公司', '盐化工', '元明粉(无水硫酸钠)'],
    ['年产30万吨纯碱', '新干示例纯碱有限公司', '盐化工', '纯碱'],
    ['甲烷氯化物扩建', '新干示例氯甲烷有限公司', '盐化工', '甲烷氯化物'],
    ['三氯化磷生产线', '新干示例磷化工有限公司', '盐化工', '三氯化磷/五氯化磷'],
    ['多品种食用盐加工', '新干示例食盐有限公司', '盐化工', '食用盐'],
    ['药用氯化钠', '新干示例药用盐有限公司', '盐化工', '药用氯化钠'],
    ['氯系精细化学品', '新干示例精细化工有限公司', '盐化工', '氯系精细化学品'],
    ['水处理剂', '新干示例水处理剂有限公司', '盐化工', '水处理剂(次氯酸钠/聚合氯化铝)'],
    ['岩盐卤水开采', '新干示例岩盐矿业有限公司', '盐化工', '岩盐(井矿盐)开采'],
    ['智能变压器', '新干示例变压器有限公司', '机械机电', ''],
    ['化工泵', '新干示例泵业有限公司', '机械机电', ''],
    ['智能箱包产业园', '新干示例箱包有限公司', '箱包皮具', ''],
    ['皮具加工', '新干示例皮具有限公司', '箱包皮具', ''],
    ['LED照明灯具', '新干示例照明有限公司', '灯饰照明', ''],
    ['水晶灯饰', '新干示例灯饰有限公司', '灯饰照明', ''],
    ['LED光源模组', '新干示例光源有限公司', '灯饰照明', ''],
    ['盐穴储能', '示例储能科技有限公司', '', ''],
  ];
  const statuses = ['在谈', '已签约', '在建', '投产', '竣工', '签约', '开工'];
  const dates = (i: number) => (i % 3 === 0 ? `2023-${String(1 + (i % 12)).padStart(2, '0')}-15` : i % 3 === 1 ? `2024年${1 + (i % 12)}月8日` : `2024.${String(1 + (i % 12)).padStart(2, '0')}.20`);
  const rows: string[][] = [];
  for (let round = 0; round < 2; round++) {
    items.forEach(([name, investor, chain, segment], i) => {
      const k = round * items.length + i;
      // The header gives 亿元; a few cells give their own unit (万元), one another currency.
      const amount = k === 5 ? '8000万元' : k === 11 ? '500万美元' : String(((k % 9) + 1) * 1.5);
      const place = k % 4 === 2 ? [PARK, ''] : [PARK, '新干县'];
      rows.push([`示例${name}项目${round === 1 ? '（二期）' : ''}`, investor, amount, dates(k), statuses[k % statuses.length]!, ...place, chain, segment, '新干县示例招商局', NOTE]);
    });
  }
  return rows;
}

function badProjectRows(good: string[][]): string[][] {
  const like = (i: number, changes: Record<number, string>) => good[i]!.map((cell, c) => (c in changes ? changes[c]! : cell));
  return [
    like(0, { 0: '示例烧碱配套项目', 4: '推进中', 10: `${NOTE}；状态无法识别（故意）` }),
    like(1, { 0: '示例液氯配套项目', 3: '2023-02-30', 10: `${NOTE}；日期错误（故意）` }),
    like(2, { 0: '示例树脂配套项目', 6: '新千县', 10: `${NOTE}；区县写错（故意）` }),
    like(4, { 10: `${NOTE}；与上方一行重复（故意）` }),
    like(3, { 0: '示例无地点项目', 5: '', 6: '', 10: `${NOTE}；没有园区和区县（故意）` }),
    like(6, { 0: '示例金额待定项目', 2: '五亿', 10: `${NOTE}；金额无法识别（故意）` }),
  ];
}

function csvLine(cells: string[]): string {
  return cells.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',');
}

function writeLedger(file: string): void {
  const good = projectRows();
  const bad = badProjectRows(good);
  const lines = [csvLine(PROJECT_HEADER)];
  for (const [i, row] of good.entries()) {
    lines.push(csvLine(row));
    if (i % 6 === 5 && bad.length > 0) lines.push(csvLine(bad.shift()!));
  }
  for (const row of bad) lines.push(csvLine(row));
  // GBK, as Chinese Excel saves "CSV (逗号分隔)", with Windows line ends.
  writeFileSync(file, iconv.encode(lines.join('\r\n') + '\r\n', 'gbk'));
}

await writeRoster(path.join(here, 'xingan-firms-example.xlsx'));
writeLedger(path.join(here, 'xingan-projects-example.csv'));
console.log(`Wrote ${path.join(here, 'xingan-firms-example.xlsx')} and xingan-projects-example.csv`);
