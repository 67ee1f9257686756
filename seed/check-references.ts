import path from 'node:path';
import type { SeedSet } from './seed-set.ts';
import { SeedError } from './seed-error.ts';

type Entry = Record<string, unknown> & { id?: string };

/** Checks that every id an entry refers to exists somewhere in the seed, and that evidence is quoted verbatim. */
export function checkReferences(seed: SeedSet): void {
  const regions = new Set(seed.regions.map((r) => r.code));
  const chains = new Set<string>();
  const segments = new Set<string>();
  for (const chain of seed.chains) {
    const fail = (entry: string, field: string, reason: string) => {
      throw new SeedError(path.relative(process.cwd(), chain.path), entry, field, reason);
    };
    if (chains.has(chain.id)) fail('top level', 'id', `"${chain.id}" is the id of another chain too`);
    chains.add(chain.id);
    chain.segments.forEach((segment, i) => {
      if (segments.has(segment.id)) fail(`segments[${i}] (${segment.id})`, 'id', 'is the id of a segment in another place too');
      segments.add(segment.id);
    });
  }
  for (const chain of seed.chains) {
    chain.feeds.forEach(([from, to], i) => {
      for (const end of [from, to]) {
        if (!segments.has(end)) {
          throw new SeedError(path.relative(process.cwd(), chain.path), `feeds[${i}]`, end === from ? '0' : '1', `refers to unknown segment "${end}"`);
        }
      }
    });
  }

  checkIndustryCodes(seed, segments);

  const parks = new Set(seed.articles.flatMap((a) => a.parks.map((p) => p.id)));
  const firms = new Set(seed.articles.flatMap((a) => a.firms.map((f) => f.id)));
  const indicators = new Set(seed.indicators.map((i) => i.name));
  const sources = new Set<string>();
  const known: Record<string, [Set<string>, string]> = {
    region: [regions, 'region code'],
    benchmark: [regions, 'region code'],
    park: [parks, 'park'],
    firm: [firms, 'firm'],
    from: [firms, 'firm'],
    to: [firms, 'firm'],
    chain: [chains, 'chain'],
    segment: [segments, 'segment'],
    makes: [segments, 'segment'],
    adds: [segments, 'segment'],
    indicator: [indicators, 'indicator (see seed/indicators.yaml)'],
  };

  for (const article of seed.articles) {
    const file = path.relative(process.cwd(), article.path);
    if (sources.has(article.source.id)) throw new SeedError(file, 'source', 'id', `"${article.source.id}" is the id of another article too`);
    sources.add(article.source.id);
    const lists: Record<string, Entry[]> = {
      parks: article.parks,
      firms: article.firms,
      focuses: article.focuses,
      projects: article.projects,
      observations: article.observations,
      firmRelations: article.firmRelations,
      unmodelled: article.unmodelled,
    };
    for (const [list, entries] of Object.entries(lists)) {
      entries.forEach((entry, i) => {
        const name = `${list}[${i}]${entry.id ? ` (${entry.id})` : ''}`;
        if (!article.text.includes(entry.evidence as string)) {
          throw new SeedError(file, name, 'evidence', `is not a sentence of ${article.source.file}: copy it verbatim`);
        }
        for (const [field, [ids, kind]] of Object.entries(known)) {
          const value = entry[field];
          if (value === undefined || list === 'unmodelled') continue;
          for (const id of Array.isArray(value) ? value : [value]) {
            if (!ids.has(id as string)) throw new SeedError(file, name, field, `refers to unknown ${kind} "${id}"`);
          }
        }
      });
    }
  }
}

/**
 * seed/industry-codes.yaml: every segment a code names exists, no code is listed twice (so a code has
 * one name and one list of segments), and no segment is listed twice under one code. The schema has
 * already checked that codes are 2–4 digits of the 2017 edition.
 */
function checkIndustryCodes(seed: SeedSet, segments: Set<string>): void {
  const file = path.relative(process.cwd(), seed.industryCodesPath);
  const codes = new Set<string>();
  seed.industryCodes.forEach((entry, i) => {
    const name = `codes[${i}] (${entry.code})`;
    const key = `${entry.edition}:${entry.code}`;
    if (codes.has(key)) throw new SeedError(file, name, 'code', `is listed twice for ${entry.edition}: give it one entry with all its segments`);
    codes.add(key);
    const named = new Set<string>();
    for (const segment of entry.segments) {
      if (!segments.has(segment)) throw new SeedError(file, name, 'segments', `refers to unknown segment "${segment}"`);
      if (named.has(segment)) throw new SeedError(file, name, 'segments', `names "${segment}" twice`);
      named.add(segment);
    }
  });
}
