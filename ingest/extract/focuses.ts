import type { FocusFields, PlaceRef, Role } from '../proposal.ts';
import type { ChainMention } from './chains.ts';
import { reason, type Reason } from '../reasons.ts';

/** The phrases that give a chain its role in a place, the most specific first. */
const ROLE_PHRASES: [RegExp, Role][] = [
  [/首位产业/g, 'leading'],
  [/主导产业|支柱产业/g, 'pillar'],
  [/重点产业链|重点产业/g, 'key'],
  [/新兴产业|新产业/g, 'emerging'],
  [/特色产业集群|产业集群|优势集群/g, 'cluster'],
];

interface RoleHit {
  start: number;
  end: number;
  role: Role;
  phrase: string;
}

export function rolesIn(text: string): RoleHit[] {
  const hits: RoleHit[] = [];
  for (const [regex, role] of ROLE_PHRASES) {
    for (const m of text.matchAll(regex)) {
      const [start, end] = [m.index, m.index + m[0].length];
      if (!hits.some((h) => start < h.end && h.start < end)) hits.push({ start, end, role, phrase: m[0] });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** A place mentioned in the sentence, by where it is. */
export interface PlaceAt extends PlaceRef {
  start: number;
  end: number;
}

export interface FocusMention {
  fields: FocusFields;
  why: Reason[];
  confidence: number;
}

const CLAUSE_END = /[，,；;。：:！？]/;

const CHAIN_REASONS = { name: 'chainByName', head: 'chainByHead', keyword: 'chainByKeyword' } as const;

/**
 * Two chain names written as one (光伏新能源, 新能源电池产业) name one chain: the second where an
 * industry word follows it (电池产业), else the first (光伏).
 */
function compounds(mentions: ChainMention[]): ChainMention[] {
  return mentions.filter((m, i) => {
    const next = mentions[i + 1];
    const previous = mentions[i - 1];
    if (next && next.start === m.end) return !next.industry;
    if (previous && previous.end === m.start) return m.industry;
    return true;
  });
}

/**
 * A chain's role in a place. The chain must be spoken of as an industry: an industry word
 * (产业, 行业, 集群) in its sentence. Its role is the role phrase after it in its clause
 * (生物医药首位产业链), else the one before it in the sentence (四大主导产业，即盐化工…), else the
 * one a heading sentence before gave (二是着力做大四个主导产业。). Its place is the one named
 * before it in its clause, or in the sentence where its clause goes on from an earlier one (for a
 * chain in a park's name, that park), else one between it and its role (汽车产业是上饶的主导产业),
 * else the article's own.
 */
export function findFocuses(text: string, mentions: ChainMention[], places: PlaceAt[], main: PlaceRef | undefined, heading: Role | undefined): FocusMention[] {
  const titles = [...text.matchAll(/《[^》]*》/g)].map((m) => [m.index, m.index + m[0].length] as const);
  const inTitle = (at: number) => titles.some(([from, to]) => from <= at && at < to);
  const inPark = (m: ChainMention) => places.find((p) => p.park && p.start <= m.start && m.end <= p.end);
  const industry = /产业|行业|集群/.test(text) || heading !== undefined;
  const roles = rolesIn(text).filter((r) => !inTitle(r.start));
  const chains = compounds(mentions).filter((m) => !inTitle(m.start) && (industry || inPark(m)));
  const found: FocusMention[] = [];
  for (const mention of chains) {
    // A name's last two characters (照明, 电池) and a segment's keyword count only as an industry: 照明产业, not 经济健康发展.
    if (mention.how !== 'name' && !mention.industry) continue;
    const clauseEnd = text.slice(mention.end).search(CLAUSE_END);
    const limit = clauseEnd === -1 ? text.length : mention.end + clauseEnd;
    const after = roles.find((r) => r.start >= mention.end && r.start < limit);
    // A role said before holds for the chains that follow it (四大主导产业，即盐化工…), until another place is named.
    const before = roles.filter((r) => r.end <= mention.start && !places.some((p) => p.start >= r.end && p.end <= mention.start)).at(-1);
    const hit = after ?? before;
    const role = hit?.role ?? heading;
    // Without a role, a chain is a focus only where its clause speaks of an industry (光伏、新材料产业集群).
    if (!role && !inPark(mention) && !/产业|行业|集群/.test(text.slice(mention.start, limit))) continue;
    // 全省新能源汽车产业, 国内盐化工: the province's or the country's industry, a comparison.
    const clauseStart = text.slice(0, mention.start).search(/[^，,；;。：:！？]*$/);
    if (/全省|全国|国内/.test(text.slice(clauseStart, mention.start))) continue;
    // A place of an earlier clause holds only in a clause that goes on from it (…，以及新材料、…; …，即盐化工…).
    const continues = /^(以及|即|及|和|并|包括|其中|是)/.test(text.slice(clauseStart, mention.start));
    const placeBefore = places.filter((p) => p.end <= mention.start && (p.start >= clauseStart || continues)).at(-1);
    // 汽车产业是上饶的主导产业: a place between the chain and its role is the place.
    const placeBetween = after ? places.find((p) => p.start >= mention.end && p.end <= after.start) : undefined;
    const at = inPark(mention) ?? placeBefore ?? placeBetween;
    // Places named together (南昌及安义在照明产业上) each get the focus.
    const together = placeBefore && !inPark(mention) ? places.filter((p) => p !== placeBefore && p.end <= placeBefore.start && /^[及和与、]$/.test(text.slice(p.end, placeBefore.start))) : [];
    const place: PlaceRef | undefined = at ? (at.park ? { park: at.park } : { region: at.region! }) : main;
    if (!place) continue;
    for (const also of together) {
      found.push({
        fields: { ...(also.park ? { park: also.park } : { region: also.region! }), chain: mention.chain, ...(role ? { role } : {}) },
        why: [reason(CHAIN_REASONS[mention.how], { term: mention.term }), reason('placeTogether')],
        confidence: 0.5,
      });
    }
    found.push({
      fields: { ...place, chain: mention.chain, ...(role ? { role } : {}) },
      why: [
        reason(CHAIN_REASONS[mention.how], { term: mention.term }),
        ...(hit ? [reason('roleFrom', { phrase: hit.phrase })] : role ? [reason('roleFromHeading')] : []),
        ...(at ? [] : [reason('placeOfArticle')]),
      ],
      confidence: (mention.how === 'name' ? 0.7 : 0.5) + (hit ? 0.15 : 0) + (at ? 0.05 : 0),
    });
  }
  return found;
}
