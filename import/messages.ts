import type { Lang } from '../core/user-facing-error.ts';
import type { Problem, ProblemCode } from './check/problem.ts';

export type { Lang };
type Params = Record<string, string | number>;
type Texts<Code extends string> = Record<Code, Record<Lang, (p: Params) => string>>;

export type ImportErrorCode =
  | 'unsupportedFile'
  | 'unknownEncoding'
  | 'noSheet'
  | 'unknownSheet'
  | 'noHeader'
  | 'noNameColumn'
  | 'badMap'
  | 'mapHeaderNotFound'
  | 'unknownPlace'
  | 'ambiguousPlace'
  | 'scopeRequired'
  | 'badAsOf'
  | 'unknownImport'
  | 'laterImports'
  | 'unknownProposal'
  | 'unknownSegment'
  | 'moveNeedsSegment'
  | 'segmentOnlyForMove'
  | 'moveToSameSegment'
  | 'moveToOtherChain'
  | 'alreadyPlaced'
  | 'badProposalCursor';
export type ImportErrorParams = Params;

/** Why a whole file cannot be read, and what to do. */
const errors: Texts<ImportErrorCode> = {
  unsupportedFile: {
    zh: (p) => `不支持 ${p.extension} 文件：请另存为 .xlsx 或 .csv。`,
    en: (p) => `${p.extension} files are not read: save the file as .xlsx or .csv.`,
  },
  unknownEncoding: {
    zh: (p) => `不认识编码 ${p.encoding}：请用 --encoding 指定，如 --encoding GBK 或 --encoding UTF-8。`,
    en: (p) => `Unknown encoding ${p.encoding}: give one with --encoding, such as --encoding GBK or --encoding UTF-8.`,
  },
  noSheet: { zh: () => '工作簿里没有工作表。', en: () => 'The workbook has no sheet.' },
  unknownSheet: {
    zh: (p) => `没有名为「${p.sheet}」的工作表；工作簿里有：${p.sheets}。`,
    en: (p) => `No sheet is named "${p.sheet}"; the workbook has: ${p.sheets}.`,
  },
  noHeader: {
    zh: (p) => `前 ${p.rows} 行里没有找到表头（至少两个认得的列名，如 企业名称、统一社会信用代码 或 项目名称、总投资）。`,
    en: (p) => `No header row in the first ${p.rows} rows (one naming at least two known columns, such as 企业名称 and 统一社会信用代码, or 项目名称 and 总投资).`,
  },
  noNameColumn: {
    zh: (p) => `没有找到名称列（${p.kind === 'projects' ? '项目名称' : '企业名称'}）：用 --map name=表头 指定。表头有：${p.headers}。`,
    en: (p) => `No name column (${p.kind === 'projects' ? '项目名称' : '企业名称'}) found: give one with --map name=HEADER. The headers are: ${p.headers}.`,
  },
  badMap: {
    zh: (p) => `--map ${p.map} 看不懂：写成 字段=表头，字段可以是 ${p.fields}。`,
    en: (p) => `--map ${p.map} is not understood: write FIELD=HEADER, with FIELD one of ${p.fields}.`,
  },
  mapHeaderNotFound: {
    zh: (p) => `--map ${p.map}：文件里没有这个表头（也不是列字母）。表头有：${p.headers}。`,
    en: (p) => `--map ${p.map}: the file has no such header (nor column letter). The headers are: ${p.headers}.`,
  },
  unknownPlace: {
    zh: (p) => `--complete-for ${p.place}：图谱中没有这个地方。请写区划代码（如 360824）、地区名称（如 新干县）或 park:园区id。`,
    en: (p) => `--complete-for ${p.place}: no such place in the graph. Give a region code (360824), a region's name (新干县) or park:<park id>.`,
  },
  ambiguousPlace: {
    zh: (p) => `--complete-for ${p.place} 不止一处：${p.candidates}。请改写区划代码。`,
    en: (p) => `--complete-for ${p.place} names more than one place: ${p.candidates}. Give its region code instead.`,
  },
  scopeRequired: {
    zh: () => '--complete-for 需要 --scope 说明名录范围，如 --scope "规上工业企业"；--scope 也只与 --complete-for 同用，且只用于企业名录。',
    en: () => '--complete-for needs --scope to say which firms the roster lists, such as --scope "规上工业企业"; --scope goes only with --complete-for, and only for a firm roster.',
  },
  badAsOf: {
    zh: (p) => `--as-of ${p.asOf} 不是日期：写成 2024-12-31。`,
    en: (p) => `--as-of ${p.asOf} is not a date: write 2024-12-31.`,
  },
  unknownImport: {
    zh: (p) => `没有编号为 ${p.id} 的导入：用 npm run import -- --list 查看。`,
    en: (p) => `No import has the id ${p.id}: npm run import -- --list shows them.`,
  },
  laterImports: {
    zh: (p) => `不能撤销 ${p.id}：之后的导入改动了同一批对象（${p.later}）。请先撤销它们（从最新的开始）。`,
    en: (p) => `${p.id} cannot be undone: later imports touched the same entities (${p.later}). Undo them first, the latest first.`,
  },
  unknownProposal: {
    zh: (p) => `没有编号为 ${p.id} 的待审核归类。`,
    en: (p) => `No proposal has the id ${p.id}.`,
  },
  unknownSegment: {
    zh: (p) => `没有编号为 ${p.segment} 的环节。`,
    en: (p) => `No segment has the id ${p.segment}.`,
  },
  moveNeedsSegment: {
    zh: (p) => `改归 ${p.id} 需要指定要改归的环节。`,
    en: (p) => `Moving ${p.id} needs the segment to move it to.`,
  },
  segmentOnlyForMove: {
    zh: (p) => `只有改归才指定环节：${p.id} 的${p.decision === 'accept' ? '采纳' : '驳回'}不需要 ${p.segment}。`,
    en: (p) => `A segment is given only to move: to ${p.decision} ${p.id}, leave out ${p.segment}.`,
  },
  moveToSameSegment: {
    zh: (p) => `${p.id} 提议的就是环节 ${p.segment}：请直接采纳。`,
    en: (p) => `${p.id} already proposes ${p.segment}: accept it instead.`,
  },
  moveToOtherChain: {
    zh: (p) => `${p.id} 只能改归到同一产业链（${p.chainName}）的环节；${p.segment} 属于 ${p.otherChainName}。`,
    en: (p) => `${p.id} can be moved only to a segment of its own chain (${p.chainName}); ${p.segment} is of ${p.otherChainName}.`,
  },
  alreadyPlaced: {
    zh: (p) => `${p.entity} 已归入环节 ${p.segment}，或另有待审核的归类指向该环节：不重复归入。`,
    en: (p) => `${p.entity} is already placed on ${p.segment}, or another pending proposal would place it there: it is not placed twice.`,
  },
  badProposalCursor: {
    zh: (p) => `after: ${p.after} 不是这个列表给出的游标。`,
    en: (p) => `after: ${p.after} is not a cursor this list returned.`,
  },
};

const creditCodeReasons: Record<string, Record<Lang, string>> = {
  length: { zh: '应为 18 位', en: 'must be 18 characters' },
  charset: { zh: '含有不允许的字符（代码不用 I、O、S、V、Z）', en: 'has a character codes never use (I, O, S, V, Z)' },
  layout: { zh: '第 3–8 位应是行政区划代码（数字）', en: 'characters 3–8 must be the digits of a region code' },
};

/** What is wrong with a row, said so that the user can fix the cell. */
const problems: Texts<ProblemCode> = {
  missingName: { zh: () => '名称为空', en: () => 'the name is empty' },
  creditCodeMalformed: {
    zh: (p) => `统一社会信用代码${creditCodeReasons[p.reason!]!.zh}`,
    en: (p) => `the credit code ${creditCodeReasons[p.reason!]!.en}`,
  },
  creditCodeCheckDigit: {
    zh: (p) =>
      p.accepted
        ? `校验位不符：按 GB 32100 应为 ${p.expected}；已按 --accept-bad-check-digit 接受，警告随企业保留`
        : `校验位不符：按 GB 32100 应为 ${p.expected}（少数早期真实代码如此；确认无误可接受并保留警告：网页上勾选“接受校验位不符的信用代码”，命令行加 --accept-bad-check-digit）`,
    en: (p) =>
      p.accepted
        ? `the check digit fails: GB 32100 computes ${p.expected}; let in by --accept-bad-check-digit, the warning kept with the firm`
        : `the check digit fails: GB 32100 computes ${p.expected} (a few real early codes do fail; if it is right, let it in with a warning: tick “Accept credit codes with a bad check digit” on the web page, or add --accept-bad-check-digit)`,
  },
  badDate: {
    zh: () => '不是能识别的日期（可写 2019-03-29、2019/3/29、2019.03.29、2019年3月29日）',
    en: () => 'not a date we can read (write 2019-03-29, 2019/3/29, 2019.03.29 or 2019年3月29日)',
  },
  badAmount: {
    zh: () => '不是能识别的金额（可写 5000万元、1.2亿元、305843.0395万元人民币、100万美元）',
    en: () => 'not an amount we can read (write 5000万元, 1.2亿元, 305843.0395万元人民币, 100万美元)',
  },
  amountWithoutUnit: {
    zh: () => '金额没有单位，未读入：请在单元格或表头注明单位，如 总投资（亿元）',
    en: () => 'the amount has no unit and was left unknown: give one in the cell or the header, such as 总投资（亿元）',
  },
  notCny: {
    zh: (p) => `币种为 ${p.currency}：按原币保留，未折算为人民币`,
    en: (p) => `in ${p.currency}: kept in that currency, not converted to yuan`,
  },
  badStatus: { zh: (p) => `不是能识别的状态（可用：${p.known}）`, en: (p) => `not a status we know (known: ${p.known})` },
  regionNotFound: {
    zh: (p) => `找不到地区「${p.name}」${p.within ? `（在 ${p.within} 之下）` : ''}`,
    en: (p) => `no region named ${p.name}${p.within ? ` under ${p.within}` : ''}`,
  },
  regionUnresolved: {
    zh: (p) => `无法确定所在地区：省市区县列、地址和信用代码都没有给出${p.candidates ? `（可能是：${p.candidates}）` : ''}`,
    en: (p) => `the region cannot be told: neither the province/city/county columns, the address nor the credit code give it${p.candidates ? ` (it may be: ${p.candidates})` : ''}`,
  },
  noPlace: { zh: () => '没有所在园区，也没有所在区县', en: () => 'neither a park nor a county is given' },
  duplicateCreditCode: {
    zh: (p) => `与第 ${p.firstRow} 行的统一社会信用代码相同（文件内重复）`,
    en: (p) => `the same credit code as row ${p.firstRow} (a duplicate in the file)`,
  },
  duplicateName: {
    zh: (p) => `与第 ${p.firstRow} 行同名、同一地区（文件内重复）`,
    en: (p) => `the same name in the same place as row ${p.firstRow} (a duplicate in the file)`,
  },
  sameEntity: {
    zh: (p) => `与第 ${p.firstRow} 行是图谱中的同一${p.kind === 'projects' ? '项目' : '企业'}（按信用代码、名称或别名）`,
    en: (p) => `the same ${p.kind === 'projects' ? 'project' : 'firm'} in the graph as row ${p.firstRow} (by credit code, name or alias)`,
  },
  parkNotFound: {
    zh: (p) => (p.placedIn === 'region' ? '图谱中没有这个园区：按所在区县落位' : '图谱中没有这个园区，也没有所在区县：无法落位'),
    en: (p) => (p.placedIn === 'region' ? 'no park of the graph goes by this name: placed in its county' : 'no park of the graph goes by this name, and no county is given: it cannot be placed'),
  },
  investorNotFound: {
    zh: () => '图谱中没有这家投资方企业：名称作为文字保留在项目上，未关联企业',
    en: () => 'no firm of the graph goes by this name: kept as text on the project, linked to no firm',
  },
};

export function describeImportError(code: ImportErrorCode, params: Params, lang: Lang): string {
  return errors[code][lang](params);
}

/** A long cell (经营范围) shown by its start. */
function shown(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** Rows as the user reads them: 第 2、3、5 行 or rows 2, 3, 5 (at most 12, then how many more). */
function rowList(rows: number[], lang: Lang): string {
  const shownRows = rows.slice(0, 12).join(lang === 'zh' ? '、' : ', ');
  const more = rows.length > 12 ? (lang === 'zh' ? ` 等 ${rows.length} 行` : ` and ${rows.length - 12} more`) : '';
  return lang === 'zh' ? `第 ${shownRows}${more ? `${more}` : ' 行'}` : `row${rows.length > 1 ? 's' : ''} ${shownRows}${more}`;
}

/**
 * One line per problem: row, column (letter and header), value, and what is wrong. The same
 * problem with the same value on several rows (a park the graph does not have) is one line
 * listing its rows, when given them.
 */
export function describeProblem(problem: Problem, lang: Lang, rows: number[] = [problem.rowNumber]): string {
  const { column, value } = problem;
  const text = problems[problem.code][lang](problem.params);
  if (lang === 'zh') {
    const where = [rowList(rows, lang), column && `${column.letter} 列「${column.header}」`, value !== null && `值「${shown(value)}」`];
    return `${where.filter(Boolean).join(' · ')}：${problem.severity === 'warn' ? '【警告】' : ''}${text}`;
  }
  const where = [rowList(rows, lang), column && `column ${column.letter} "${column.header}"`, value !== null && `value "${shown(value)}"`];
  return `${where.filter(Boolean).join(' · ')}: ${problem.severity === 'warn' ? '[warning] ' : ''}${text}`;
}
