import type { ProjectFields, ProjectStatus } from '../proposal.ts';
import { reason, type Reason, type ReasonCode } from '../reasons.ts';
import { SUBJECT, type FirmMention } from './firms.ts';
import { NOT_A_NAME } from './name-bounds.ts';
import { quantitiesIn } from './quantities.ts';
import type { Sentence } from './sentences.ts';

/** A project named in a sentence, before its place is settled. */
export interface ProjectMention {
  start: number;
  end: number;
  fields: Omit<ProjectFields, 'region' | 'park'>;
  why: Reason[];
  confidence: number;
}

// Descriptions that make a project's name generic (重点项目, 在建项目, 一批代表性工业项目): no project of its own.
const DESCRIPTORS = /重大|重点|骨干|在建|续建|新建|工业|技改|签约|开工|投产|竣工|代表性|配套|产业|租赁|招商|引进|建设|百亿|亿元以上|省级|市级|县级|一批|该|此|本|各|其|的|等|个|了|\d+|[一二三四五六七八九十]+|批|大|好|类|化|项/g;
// A name is read back from 项目 (or 二期) over characters a name is written in, stopping at punctuation.
const NAME_CHARS = /[\p{Script=Han}\dA-Za-z.]/u;
const CUT = /(?:亿元|万元|元)的?|签约|签订|开工|投产|竣工|来到|参加|走进|穿行在|随着|包括|特别是|推进|查看|实施|以及|、|和|与|及|的|是|在|对|为|将|了|今年|目前/g;

/** What stands between an investor and its project: nothing, a verb, a partner and a verb (与永修县签订), a place and an amount (在某园区投资5000万元建设的). */
const INVESTS = /^(?:(?:与|和|同)\p{Script=Han}{1,10}?)?(?:在\p{Script=Han}{1,12}?)?(?:签约|签订|投资|建设|开工)?(?:[\d.]+(?:亿|万)?元)?(?:建设|兴建|新建)?的?$/u;
/** Words that say what a project builds or makes. */
const BUILT = /生产|制造|综合利用|回收|基地|中心|科技城|产业园|发电|材料|电池|年产|技改|改造|工程|扩建|搬迁|[一二三四五六]期|\d+(?:\.\d+)?(?:吨|MW|GWh|兆瓦|套|件)/;
/** Words of an aim or a count, not of a project's name. */
const AIM = /推动|加快|确保|提高|完成|做好|聚焦|落实|查看|出席|推进|促成|服务|希望|要|突出|立起|实现|掀起|打出|强化|强攻|统筹|督促|招引|利于|抓|开展|实施|引进|培育|谋划|对接|跟踪|盯|年度|以上|全市|全县|全省|集群|产业链|\d+个|亿元项目|万元项目/;

const STATUS_WORDS: [RegExp, ProjectStatus][] = [
  [/投产|并网发电|达产|竣工投产/, 'in_production'],
  [/竣工|建成/, 'completed'],
  [/开工|在建|建设如火如荼|施工|续建/, 'under_construction'],
  [/签约|签订|落地/, 'signed'],
  [/在谈|洽谈|意向/, 'negotiating'],
];

/** A project's stage from the verbs of its sentence, the furthest stage named winning (从签约到投产 is in production). */
export function statusIn(text: string): { status: ProjectStatus; word: string } | null {
  for (const [regex, status] of STATUS_WORDS) {
    const m = regex.exec(text);
    if (m) return { status, word: m[0] };
  }
  return null;
}

function nameBack(text: string, end: number): number {
  let start = end;
  while (start > 0 && NAME_CHARS.test(text[start - 1]!)) start--;
  let cut = start;
  for (const m of text.slice(start, end).matchAll(CUT)) if (end - (start + m.index + m[0].length) >= 2) cut = start + m.index + m[0].length;
  return cut;
}

/** The amount invested, written just before the name (投资30亿元华科新能源项目) or just after it (项目，总投资5亿元). */
function amountNear(text: string, start: number, end: number): { value: number; qualifier?: string } | null {
  const before = /(?:总投资|计划投资|投资)(?:规模|额)?(?:为|达)?((?:超过|超|约|近)?\d+(?:\.\d+)?(?:亿|万)?元)(?:建设|兴建|新建)?的?$/.exec(text.slice(Math.max(0, start - 24), start));
  const after = /^[，,]?(?:总投资|计划投资|投资)(?:规模|额)?(?:为|达)?((?:超过|超|约|近)?\d+(?:\.\d+)?(?:亿|万)?元)/.exec(text.slice(end));
  // Further on in the sentence (…项目在某开发区签约，总投资约12亿元), where no other project comes between.
  const later = /(?:总投资|计划投资)(?:规模|额)?(?:为|达)?((?:超过|超|约|近)?\d+(?:\.\d+)?(?:亿|万)?元)/.exec(text.slice(end));
  const alone = later && !/项目/.test(text.slice(end, end + later.index));
  const words = (before ?? after ?? (alone ? later : null))?.[1];
  const quantity = words ? quantitiesIn(words)[0] : undefined;
  if (!quantity || quantity.unit !== 'cny') return null;
  const qualifier = /^(超过|超|约|近)/.exec(words!)?.[1];
  return { value: quantity.value, ...(qualifier ? { qualifier } : {}) };
}

function capacityOf(name: string): string | undefined {
  return (
    /年产[\d.]+(?:万|亿)?(?:吨|套|件|台|只|片|辆|GWh|GW|MW|万千瓦|平方米|立方米)[\p{Script=Han}]*?(?=生产|建设|项目|$)/u.exec(name)?.[0] ??
    /[\d.]+(?:MW|GW|GWh|兆瓦|万千瓦)/.exec(name)?.[0]
  );
}

/**
 * Projects named in a sentence: names ending in 项目 or in a phase (二期); items of a list
 * closed by 等…项目; and 该项目/该公司 from 签约 to 投产, which is the project of the firm named just before.
 */
export function findProjects(sentence: Sentence, firms: FirmMention[], lastFirm: FirmMention | undefined, dates: { start: number; date: string }[]): ProjectMention[] {
  const text = sentence.simplified;
  const found: ProjectMention[] = [];
  // A project's stage is read in its own clause group (…签订A项目合同；B项目正在洽谈).
  const statusAt = (at: number) => {
    const from = Math.max(0, text.slice(0, Math.max(at, 0)).search(/[^；;]*$/));
    const to = text.slice(Math.max(at, 0)).search(/[；;]/);
    return statusIn(at < 0 ? text : text.slice(from, to === -1 ? text.length : Math.max(at, 0) + to));
  };
  const add = (from: number, end: number, why: ReasonCode, confidence: number, listed = false) => {
    // A cut inside a firm's name (来到和康药业: 和 is a cut word) moves back to the firm's start.
    let start = firms.find((f) => f.start < from && from < f.end)?.start ?? from;
    let name = text.slice(start, end);
    // A legal name before the project's is its investor's (江西金凯家居有限公司年产50万套智能家居项目).
    const legal = firms.find((f) => f.start >= start && f.end < end && /公司|集团|厂$/.test(f.simplified));
    if (legal) {
      start = legal.end;
      name = text.slice(start, end);
    }
    const core = name.replace(/项目$/, '').replace(DESCRIPTORS, '');
    if (core.length < 2 || found.some((p) => p.start === start)) return;
    const firm = legal ?? firms.find((f) => f.start >= start && f.start < end) ?? firms.find((f) => f.end <= start && INVESTS.test(text.slice(f.end, start)));
    // Without an investor, a name must say what is built and read as a name, not as an aim (推动重点项目, 20亿元项目).
    if (!firm && !listed && (!BUILT.test(core) || AIM.test(name))) return;
    const tradeName = !firm && /项目$/.test(name) && /^[\p{Script=Han}]{2,4}$/u.test(name.slice(0, -2)) && !NOT_A_NAME.test(name.slice(0, -2)) ? name.slice(0, -2) : undefined;
    const amount = amountNear(text, start, end);
    const capacity = capacityOf(name);
    const status = statusAt(start);
    const signed = status?.status === 'signed' ? dates.find((d) => d.start < start) ?? dates[0] : undefined;
    found.push({
      start,
      end,
      fields: {
        name: sentence.text.slice(start, end),
        ...(firm ? { firm: firm.name } : tradeName ? { firm: sentence.text.slice(start, start + tradeName.length) } : {}),
        ...(amount ? { investmentCny: amount.value, ...(amount.qualifier ? { amountQualifier: amount.qualifier } : {}) } : {}),
        ...(capacity ? { capacity } : {}),
        ...(status ? { status: status.status } : {}),
        ...(signed ? { signedOn: signed.date } : {}),
      },
      why: [reason(why), ...(status ? [reason('statusFrom', { word: status.word })] : []), ...(amount ? [reason('amountNear')] : [])],
      confidence: Math.min(0.95, confidence + (firm ? 0.1 : 0) + (amount ? 0.05 : 0)),
    });
  };
  for (const m of text.matchAll(/项目|[一二三四五六]期(?!建设|项目|工程)/g)) {
    const end = m.index + m[0].length;
    add(nameBack(text, m.index), end, m[0] === '项目' ? 'projectName' : 'projectPhase', 0.6);
  }
  for (const m of text.matchAll(/([^，,；;。：:]{4,160}?)等(?:\d+个|一批)?[\p{Script=Han}]{0,8}?项目/gu)) {
    let offset = m.index;
    for (const item of m[1]!.split('、')) {
      const itemEnd = offset + item.length;
      offset = itemEnd + 1;
      // “华科新能源”等一批项目: the name inside its quotes.
      const nameEnd = itemEnd - (/[”"’」]$/.exec(item)?.[0].length ?? 0);
      if (item.endsWith('项目')) continue;
      add(nameBack(text, nameEnd), nameEnd, 'projectListed', 0.55, true);
    }
  }
  // 华科新能源成为…开工的百亿项目: the subject's project.
  for (const m of text.matchAll(SUBJECT)) {
    const firm = firms.find((f) => f.start === m.index);
    const status = statusAt(m.index);
    if (!firm || m[2] !== '项目') continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      fields: { name: `${firm.name}项目`, firm: firm.name, ...(status ? { status: status.status } : {}) },
      why: [reason('projectSubject'), ...(status ? [reason('statusFrom', { word: status.word })] : [])],
      confidence: 0.45,
    });
  }
  const that = /该(项目|公司|企业|厂)/.exec(text);
  const status = that ? statusAt(that.index) : null;
  if (that && status && lastFirm) {
    const name = `${lastFirm.name}项目`;
    found.push({
      start: -1,
      end: -1,
      fields: { name, firm: lastFirm.name, status: status.status },
      why: [reason('projectOfFirmBefore', { firm: lastFirm.name }), reason('statusFrom', { word: status.word })],
      confidence: 0.45,
    });
  }
  return found;
}
