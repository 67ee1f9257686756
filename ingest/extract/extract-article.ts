import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import type { PlaceRef, Proposal, Role } from '../proposal.ts';
import { ChainFinder } from './chains.ts';
import { FirmFinder, type FirmMention } from './firms.ts';
import { findFigures } from './figures.ts';
import { findFocuses, rolesIn, type PlaceAt } from './focuses.ts';
import { findParks, type ParkMention } from './parks.ts';
import { datesIn, periodsIn, referenceYear } from './periods.ts';
import { PlaceFinder, type PlaceMention } from './places.ts';
import { findProjects } from './projects.ts';
import { quantitiesIn } from './quantities.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { reason, type ReasonCode } from '../reasons.ts';

const FIRM_REASONS = {
  known: 'firmKnown',
  legal: 'firmLegal',
  trade: 'firmTrade',
  listed: 'firmListed',
  investor: 'firmInvestor',
  subject: 'firmSubject',
} as const satisfies Record<FirmMention['how'], ReasonCode>;

export interface ArticleInput {
  text: string;
  /** YYYY-MM-DD; without it, dates are read against the year of the article's byline or the year it names most. */
  publishedOn?: string;
}

/** What one sentence names, found before any proposal is made (the article's own place needs all of them). */
interface SentenceMentions {
  sentence: Sentence;
  firms: FirmMention[];
  places: PlaceMention[];
  parks: ParkMention[];
}

/** The place most named: a park where the article names it as often as any region (某县高新园区), else the region named most. */
function mainPlace(all: SentenceMentions[]): { place: PlaceRef | undefined; park: string | undefined } {
  const count = <T>(items: T[]) => [...items.reduce((m, item) => m.set(item, (m.get(item) ?? 0) + 1), new Map<T, number>())].sort((a, b) => b[1] - a[1])[0];
  const region = count(all.flatMap((m) => m.places.filter((p) => p.region.level !== 'province' && !m.parks.some((k) => k.start === p.start)).map((p) => p.region.code)));
  const park = count(all.flatMap((m) => m.parks.map((p) => p.key)));
  if (park && (!region || park[1] >= region[1])) return { place: { park: park[0] }, park: park[0] };
  return { place: region ? { region: region[0] } : undefined, park: park?.[0] };
}

/**
 * Turns an article into proposed facts, each with its sentence. Built once per gazetteer;
 * rule-based throughout, so each proposal says why it was made.
 */
export class ArticleExtractor {
  readonly #places: PlaceFinder;
  readonly #firms: FirmFinder;
  readonly #chains: ChainFinder;

  constructor(readonly gazetteer: Gazetteer) {
    this.#places = new PlaceFinder(gazetteer.regions);
    this.#firms = new FirmFinder(gazetteer.firms);
    this.#chains = new ChainFinder(gazetteer.chains, gazetteer.segments);
  }

  extract(input: ArticleInput): Proposal[] {
    const reference = referenceYear(input.text, input.publishedOn);
    const sentences = splitSentences(input.text);
    const firmsBySentence = sentences.map((s) => this.#firms.find(s));
    const masked = (s: number, at: number) => firmsBySentence[s]!.some((f) => f.start <= at && at < f.end);
    const provinces = this.#places.provincesOf(sentences, masked);
    const mentions: SentenceMentions[] = sentences.map((sentence, i) => {
      const places = this.#places.find(sentence, provinces, masked);
      return { sentence, firms: firmsBySentence[i]!, places, parks: findParks(sentence, places, this.gazetteer.parks) };
    });
    const main = mainPlace(mentions);
    const proposals: Proposal[] = [];
    let lastFirm: FirmMention | undefined;
    let heading: Role | undefined;
    let carried: string | undefined;
    let previousParagraph = -1;
    /** The region the last sentence naming a place named last (none when it named a park), and its paragraph. */
    let recent: { place: PlaceRef; paragraph: number } | undefined;
    for (const { sentence, firms, places, parks } of mentions) {
      // A period and a heading hold within their paragraph.
      if (sentence.paragraph !== previousParagraph) [heading, carried] = [undefined, undefined];
      previousParagraph = sentence.paragraph;
      const base = { sentence: sentence.text, sentenceIndex: sentence.index };
      const text = sentence.simplified;
      // A province named by its short name (江西日报, 对接广东) is context, not a place of the article's facts.
      for (const place of places.filter((p) => p.how !== 'province')) {
        proposals.push({
          ...base,
          kind: 'place',
          fields: { region: place.region.code, name: place.region.name, mention: sentence.text.slice(place.start, place.end) },
          confidence: place.how === 'short' ? (place.namesakes > 0 ? 0.6 : 0.8) : 0.95,
          why: [
            place.how === 'full' ? reason('placeFull') : reason('placeShort', { name: place.region.name }),
            ...(place.namesakes > 0 ? [reason('namesakes', { count: place.namesakes + 1 })] : []),
          ],
        });
      }
      for (const park of parks) {
        proposals.push({
          ...base,
          kind: 'park',
          fields: { name: park.name, region: park.region, ...(park.known ? { known: park.known.id } : {}) },
          confidence: park.known ? 0.95 : 0.8,
          why: [park.known ? reason('parkKnown', { name: park.known.name }) : reason('parkEnding')],
        });
      }
      for (const firm of firms) {
        proposals.push({
          ...base,
          kind: 'firm',
          fields: { name: firm.name, ...(firm.known ? { known: firm.known.id } : {}) },
          confidence: { known: 0.95, legal: 0.85, trade: 0.6, listed: 0.55, investor: 0.5, subject: 0.45 }[firm.how],
          why: [reason(FIRM_REASONS[firm.how])],
        });
      }
      // Where a fact is: the park or region named before it in the sentence, else the article's own.
      const placesAt: PlaceAt[] = [
        ...parks.map((p) => ({ start: p.start, end: p.end, park: p.key })),
        // A province is where an article compares, rarely where a fact is (对接广东, 高于全省).
        ...places.filter((p) => p.region.level !== 'province' && !parks.some((k) => k.start === p.start)).map((p) => ({ start: p.start, end: p.end, region: p.region.code })),
      ].sort((a, b) => a.start - b.start);
      const placeBefore = (at: number): PlaceRef | undefined => {
        const named = placesAt.filter((p) => p.end <= at).at(-1);
        if (named) return named.park ? { park: named.park } : { region: named.region! };
        if (main.park && /园区/.test(text.slice(0, at))) return { park: main.park };
        return main.place;
      };
      const dates = datesIn(text, reference);
      const projects = findProjects(sentence, firms, lastFirm, dates);
      for (const project of projects) {
        // 项目在某开发区签约/落户: the place right after the name, else the one before it.
        const landed = project.start >= 0 ? placesAt.find((p) => p.start > project.start && /^(在|落户|落地|落户于|位于)$/.test(text.slice(project.end, p.start))) : undefined;
        const at = project.start === -1 ? text.length : project.start;
        // A project signed in a sentence that names no place (他先后参加…项目签约仪式) is in the region
        // the sentences just before it named (峡江县委副书记…), not in the article's main place; after a
        // park (穿行在宜章氟化学工业园…), the next paragraph's projects are the article's again (窥一斑而见全豹).
        const nearby = !placesAt.some((p) => p.end <= at) && recent && sentence.paragraph - recent.paragraph <= 1 ? recent.place : undefined;
        const place = landed ? (landed.park ? { park: landed.park } : { region: landed.region! }) : (nearby ?? placeBefore(at));
        proposals.push({ ...base, kind: 'project', fields: { ...place, ...project.fields }, confidence: project.confidence, why: project.why });
      }
      // A chain's name inside a firm's (华科新能源) says nothing of a place's industry.
      const chains = this.#chains.find(text).filter((c) => !firms.some((f) => c.start < f.end && f.start < c.end));
      for (const focus of findFocuses(text, chains, placesAt, main.place, heading)) {
        proposals.push({ ...base, kind: 'focus', ...focus });
      }
      const periods = periodsIn(text, reference);
      const figureContext = { periods, reference, place: placeBefore, known: this.gazetteer.indicators, ...(carried ? { carried } : {}) };
      const invested = new Set(projects.map((p) => p.fields.investmentCny));
      for (const figure of findFigures(text, quantitiesIn(text), figureContext)) {
        // A project's amount, said apart from its name, is the project's (…项目…签约，总投资约12亿元).
        if (figure.fields.unit === 'cny' && invested.has(figure.fields.value)) continue;
        proposals.push({ ...base, ...figure } as Proposal);
      }
      lastFirm = firms.at(-1) ?? lastFirm;
      carried = periods.at(-1)?.period ?? carried;
      const named = placesAt.at(-1);
      if (named) recent = named.region ? { place: { region: named.region }, paragraph: sentence.paragraph } : undefined;
      // A short sentence with one role (二是着力做大四个主导产业。) heads the sentences after it, to the next heading or paragraph.
      const roles = rolesIn(text);
      if (text.length <= 24 && roles.length === 1) heading = roles[0]!.role;
      else if (/^[一二三四五六七八九十]是/.test(text)) heading = undefined;
    }
    return inheritRoles(proposals);
  }
}

/** A chain named again without its role keeps the role the article first gave it in that place. */
function inheritRoles(proposals: Proposal[]): Proposal[] {
  const roles = new Map<string, Role>();
  const key = (f: { region?: string; park?: string; chain: string }) => `${f.park ?? f.region}|${f.chain}`;
  for (const p of proposals) if (p.kind === 'focus' && p.fields.role && !roles.has(key(p.fields))) roles.set(key(p.fields), p.fields.role);
  return proposals.map((p) => {
    if (p.kind !== 'focus' || p.fields.role) return p;
    const role = roles.get(key(p.fields));
    return role ? { ...p, fields: { ...p.fields, role }, why: [...p.why, reason('roleElsewhere')] } : p;
  });
}
