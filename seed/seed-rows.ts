import type { SeedSet } from './seed-set.ts';
import { MergedFacts, type Provenance } from './provenance.ts';
import { searchText } from '../core/search-text.ts';
import { observationId, statementId } from '../core/fact-ids.ts';

export const TEMPLATE_BASIS = 'general-industry-knowledge';

/** Absent fields go to Neo4j as null, which leaves them unset: unknown stays unknown. */
const orNull = <T>(value: T | undefined): T | null => value ?? null;

/** Turns the checked seed files into the rows each merge statement takes, provenance merged across articles. */
export function seedRows(seed: SeedSet) {
  const parks = new MergedFacts<Record<string, unknown> & { aliases: string[] }>();
  const firms = new MergedFacts<Record<string, unknown> & { aliases: string[] }>();
  const makes = new MergedFacts<{ firm: string; segment: string }>();
  const focuses = new MergedFacts<Record<string, unknown>>();
  const projects = new MergedFacts<Record<string, unknown> & { aliases: string[] }>();
  const observations = new MergedFacts<Record<string, unknown>>();
  const relations = new MergedFacts<Record<string, unknown>>();
  const statements: Record<string, unknown>[] = [];

  for (const { source, ...article } of seed.articles) {
    const from = source.id;
    for (const p of article.parks) {
      parks.add(p.id, { id: p.id, name: p.name, aliases: p.aliases, level: orNull(p.level), region: p.region, note: orNull(p.note) }, from, p.evidence);
    }
    for (const f of article.firms) {
      firms.add(f.id, { id: f.id, name: f.name, aliases: f.aliases, park: orNull(f.park), region: orNull(f.region), note: orNull(f.note) }, from, f.evidence);
      for (const segment of f.makes) makes.add(`${f.id}>${segment}`, { firm: f.id, segment }, from, f.evidence);
    }
    for (const f of article.focuses) {
      const key = `${f.park ?? f.region}>${f.chain}`;
      focuses.add(key, { park: orNull(f.park), region: orNull(f.region), chain: f.chain, role: orNull(f.role), note: orNull(f.note) }, from, f.evidence);
    }
    for (const p of article.projects) {
      projects.add(
        p.id,
        {
          id: p.id, name: p.name, aliases: p.aliases, investmentCny: orNull(p.investmentCny), capacity: orNull(p.capacity),
          status: orNull(p.status), signedOn: orNull(p.signedOn), chain: orNull(p.chain), firm: orNull(p.firm),
          park: orNull(p.park), region: orNull(p.region), adds: p.adds, note: orNull(p.note),
        },
        from,
        p.evidence,
      );
    }
    for (const o of article.observations) {
      const id = observationId(o);
      observations.add(
        id,
        {
          id, park: orNull(o.park), region: orNull(o.region), indicator: o.indicator, period: orNull(o.period), value: o.value,
          unit: o.unit, scope: orNull(o.scope), chain: orNull(o.chain), segment: orNull(o.segment),
          benchmark: orNull(o.benchmark), qualifier: orNull(o.qualifier), note: orNull(o.note),
        },
        from,
        o.evidence,
      );
    }
    for (const r of article.firmRelations) {
      relations.add(`${r.type}:${r.from}>${r.to}`, { type: r.type, from: r.from, to: r.to, note: orNull(r.note) }, from, r.evidence);
    }
    for (const u of article.unmodelled) {
      statements.push({ id: statementId(from, u.text, u.evidence), text: u.text, why: u.why, source: from, evidence: u.evidence });
    }
  }

  const withSearch = <T extends { name?: unknown; aliases: string[] } & Provenance>(rows: T[]) =>
    rows.map((row) => ({ ...row, searchText: searchText(row.name as string, row.aliases) }));

  return {
    sources: seed.articles.map(({ source }) => ({
      id: source.id, title: source.title, subtitle: orNull(source.subtitle), publisher: orNull(source.publisher),
      publishedOn: orNull(source.publishedOn), file: source.file, script: source.script,
    })),
    chains: seed.chains.map((c) => ({
      id: c.id, name: c.name, nameEn: c.nameEn, basis: c.basis, note: c.note, searchText: searchText(c.name, [c.nameEn]),
      segments: c.segments.map((s) => ({
        id: s.id, name: s.name, nameEn: s.nameEn, stage: s.stage, searchText: searchText(s.name, [s.nameEn]),
        keywords: s.keywords, exclude: s.exclude,
      })),
    })),
    feeds: seed.chains.flatMap((c) => c.feeds.map(([from, to]) => ({ from, to }))),
    industryCodes: seed.industryCodes.map((c) => ({
      code: c.code, edition: c.edition, name: c.name, nameCheckedIn: c.nameCheckedIn, segments: c.segments,
      ambiguous: c.ambiguous, basis: c.basis, note: orNull(c.note),
    })),
    parks: withSearch(parks.rows()),
    firms: withSearch(firms.rows()),
    makes: makes.rows(),
    focuses: focuses.rows(),
    projects: withSearch(projects.rows()),
    observations: observations.rows(),
    relations: relations.rows(),
    statements,
  };
}
