import { cypher } from '../../db/cypher-files.ts';
import type { Database, Transaction } from '../../db/database.ts';
import { toSimplified } from '../../core/chinese-script.ts';
import { observationId, statementId } from '../../core/fact-ids.ts';
import { searchText } from '../../core/search-text.ts';
import type { TouchedPlaces } from '../../derive/derive-touched.ts';
import { newFirmId, newParkId, projectId } from '../../import/plan/identity.ts';
import { parkKey } from '../extract/parks.ts';
import type { Gazetteer, KnownFirm, KnownPark } from '../gazetteer/gazetteer.ts';
import type { ProposalKind } from '../proposal.ts';
import type { AcceptedFields } from './accepted-fields.ts';
import { ArticleReviewError } from './review-error.ts';

const statements = {
  findKnownFirms: cypher('ingest/find-known-firms'),
  findKnownProjects: cypher('ingest/find-known-projects'),
  findNodes: cypher('ingest/find-fact-nodes'),
  findFocus: cypher('ingest/find-focus'),
  provenance: cypher('ingest/add-provenance'),
  linkPlace: cypher('ingest/link-place'),
  parks: cypher('park/merge-parks'),
  firms: cypher('firm/merge-firms'),
  projects: cypher('project/merge-projects'),
  focuses: cypher('focus/merge-focuses'),
  observations: cypher('observation/merge-observations'),
  statements: cypher('source/merge-statements'),
  changes: cypher('import/record-changes'),
  firmRegionPaths: cypher('firm/set-firm-region-paths'),
  projectRegionPaths: cypher('project/set-project-region-paths'),
  projectLabels: cypher('project/label-projects'),
};

/** The proposal being accepted: its kind and checked fields, its article and sentence. */
export interface Accepting<K extends ProposalKind = ProposalKind> {
  id: string;
  kind: K;
  fields: AcceptedFields[K];
  source: string;
  sentence: string;
  /** ISO date-time of the decision. */
  at: string;
}

type NodeLabel = 'Firm' | 'Park' | 'Project' | 'Observation';

/** What the undo needs of a fact an accepted proposal wrote: an ImportChange, as an import's (import/record-changes.cypher). */
interface Change {
  label: NodeLabel | 'Focus';
  key: string;
  op: 'created' | 'changed' | 'linked';
  previous: string | null;
}

/** An accepted proposal's writes, planned from reads, run in the decision's write transaction. */
export interface AcceptPlan {
  touched: TouchedPlaces;
  write: (tx: Transaction) => Promise<void>;
}

interface Place {
  park: string | null;
  region: string | null;
}

const SOURCES_ONLY = (found: { sources: string[] | null; evidence: string[] | null }) => JSON.stringify({ sources: found.sources, evidence: found.evidence });

/** Reads a proposal's references against the graph, and plans what accepting it writes. */
class Planner {
  readonly #creates: { statement: ReturnType<typeof cypher>; params: Record<string, unknown> }[] = [];
  readonly #existing: { label: NodeLabel; key: string }[] = [];
  #focus: (Place & { chain: string }) | null = null;
  readonly #changes: Change[] = [];
  readonly #firms: string[] = [];
  readonly #projects: string[] = [];
  #placeLink: string | null = null;
  readonly touched: TouchedPlaces = { regions: new Set(), parks: new Set(), entities: 0, projects: false };

  constructor(
    readonly db: Database,
    readonly gazetteer: Gazetteer,
    readonly accepting: Accepting,
  ) {}

  get provenance() {
    return { sources: [this.accepting.source], evidence: [this.accepting.sentence] };
  }

  region(code: string, field = 'region'): string {
    if (!this.gazetteer.regions.some((r) => r.code === code)) throw new ArticleReviewError('unknownReference', { field, value: code });
    return code;
  }

  /** A park by its id, name or alias, or as the article wrote it short (于都工业园区 for 于都县工业园区). */
  park(ref: string): KnownPark {
    const simplified = toSimplified(ref);
    const regionName = (code: string) => this.gazetteer.regions.find((r) => r.code === code)?.name;
    const found = this.gazetteer.parks.find(
      (park) => park.id === ref || [park.name, ...park.aliases].some((form) => form === simplified || parkKey(form, regionName(park.region)) === simplified),
    );
    if (!found) throw new ArticleReviewError('unknownReference', { field: 'park', value: ref });
    return found;
  }

  /** Where a fact is: its park (and the park's region), else its region; null when it gives neither. */
  place(fields: { park?: string; region?: string }): (Place & { regionOf: string }) | null {
    if (fields.park) {
      const park = this.park(fields.park);
      return { park: park.id, region: null, regionOf: park.region };
    }
    if (fields.region) return { park: null, region: this.region(fields.region), regionOf: fields.region };
    return null;
  }

  touch(place: { park: string | null; regionOf: string }): void {
    if (place.park) this.touched.parks.add(place.park);
    this.touched.regions.add(place.regionOf);
  }

  async firmNamed(name: string): Promise<KnownFirm | undefined> {
    const simplified = toSimplified(name);
    const aliased = this.gazetteer.firms.find((f) => f.name === simplified || f.aliases.includes(simplified) || f.aliases.includes(name));
    if (aliased) return aliased;
    const [found] = await this.db.read<KnownFirm>(statements.findKnownFirms, { names: [...new Set([name, simplified])] });
    return found;
  }

  async existing(label: NodeLabel, key: string): Promise<{ sources: string[] | null; evidence: string[] | null } | undefined> {
    const [found] = await this.db.read<{ sources: string[] | null; evidence: string[] | null }>(statements.findNodes, { nodes: [{ label, key }] });
    return found;
  }

  /** A node the fact is: given the article as one more source when the graph has it, else created by `create`. */
  async node(label: NodeLabel, key: string, create: () => { statement: ReturnType<typeof cypher>; params: Record<string, unknown> }): Promise<'created' | 'changed'> {
    const found = await this.existing(label, key);
    if (found) {
      this.#existing.push({ label, key });
      this.#changes.push({ label, key, op: 'changed', previous: SOURCES_ONLY(found) });
      return 'changed';
    }
    this.#creates.push(create());
    this.#changes.push({ label, key, op: 'created', previous: null });
    return 'created';
  }

  /** A firm by name: the graph's (by name or alias, Traditional or Simplified), else a new one at `place`. */
  async firm(name: string, known: string | undefined, place: (Place & { regionOf: string }) | null, asInvestor: boolean): Promise<string> {
    const found = known ? { id: known } : await this.firmNamed(name);
    if (found && asInvestor) {
      this.#changes.push({ label: 'Firm', key: found.id, op: 'linked', previous: null });
      return found.id;
    }
    const id = found?.id ?? newFirmId(null, place?.regionOf ?? 'unplaced', toSimplified(name));
    const op = await this.node('Firm', id, () => ({
      statement: statements.firms,
      params: { firms: [{ id, name, aliases: [], park: place?.park ?? null, region: place?.region ?? null, searchText: searchText(name), note: null, ...this.provenance }] },
    }));
    if (op === 'created') this.#firms.push(id);
    if (place) this.touch(place);
    this.touched.entities += 1;
    return id;
  }

  async plan(): Promise<AcceptPlan> {
    const { kind, fields } = this.accepting;
    if (kind === 'place') this.#placeLink = this.region((fields as AcceptedFields['place']).region);
    if (kind === 'park') await this.planPark(fields as AcceptedFields['park']);
    if (kind === 'firm') {
      const firm = fields as AcceptedFields['firm'];
      await this.firm(firm.name, firm.known, this.place(firm), false);
    }
    if (kind === 'project') await this.planProject(fields as AcceptedFields['project']);
    if (kind === 'focus') await this.planFocus(fields as AcceptedFields['focus']);
    if (kind === 'figure') await this.planFigure(fields as AcceptedFields['figure']);
    if (kind === 'new-indicator') this.planStatement(fields as AcceptedFields['new-indicator']);
    return { touched: this.touched, write: (tx) => this.write(tx) };
  }

  async planPark(park: AcceptedFields['park']): Promise<void> {
    const known = park.known ? this.gazetteer.parks.find((p) => p.id === park.known) : undefined;
    const region = known?.region ?? (park.region ? this.region(park.region) : undefined);
    if (!region) throw new ArticleReviewError('needsPlace', { kind: 'park' });
    const id = known?.id ?? newParkId(region, toSimplified(park.name));
    await this.node('Park', id, () => ({
      statement: statements.parks,
      params: { parks: [{ id, name: park.name, aliases: [], level: null, region, searchText: searchText(park.name), note: null, ...this.provenance }] },
    }));
  }

  async planProject(project: AcceptedFields['project']): Promise<void> {
    const place = this.place(project);
    if (!place) throw new ArticleReviewError('needsPlace', { kind: 'project' });
    const firm = project.firm ? await this.firm(project.firm, undefined, place, true) : null;
    const known = firm ? await this.db.read<{ id: string }>(statements.findKnownProjects, { firm, park: place.park, region: place.regionOf }) : [];
    const id = known.length === 1 ? known[0]!.id : projectId(null, place, toSimplified(project.name));
    const op = await this.node('Project', id, () => ({
      statement: statements.projects,
      params: {
        projects: [{
          id, name: project.name, aliases: [], investmentCny: project.investmentCny ?? null, capacity: project.capacity ?? null,
          status: project.status ?? null, signedOn: project.signedOn ?? null, chain: null, firm, park: place.park, region: place.region, adds: [],
          searchText: searchText(project.name),
          // 超/约/近 before the amount: investmentCny alone would read as exact.
          note: project.amountQualifier && project.investmentCny !== undefined ? `投资额原文为“${project.amountQualifier}”该数` : null,
          ...this.provenance,
        }],
      },
    }));
    if (op === 'created') this.#projects.push(id);
    this.touch(place);
    this.touched.entities += 1;
    this.touched.projects = true;
  }

  async planFocus(focus: AcceptedFields['focus']): Promise<void> {
    const place = this.place(focus);
    if (!place) throw new ArticleReviewError('needsPlace', { kind: 'focus' });
    const chain = this.gazetteer.chains.find((c) => c.id === focus.chain || c.name === focus.chain);
    if (!chain) throw new ArticleReviewError('unknownReference', { field: 'chain', value: focus.chain });
    const key = `${place.park ?? place.region}>${chain.id}`;
    const [found] = await this.db.read<{ sources: string[] | null; evidence: string[] | null }>(statements.findFocus, { park: place.park, region: place.region, chain: chain.id });
    if (found) {
      this.#focus = { park: place.park, region: place.region, chain: chain.id };
      this.#changes.push({ label: 'Focus', key, op: 'changed', previous: SOURCES_ONLY(found) });
    } else {
      this.#creates.push({
        statement: statements.focuses,
        params: { focuses: [{ park: place.park, region: place.region, chain: chain.id, role: focus.role ?? null, note: null, ...this.provenance }] },
      });
      this.#changes.push({ label: 'Focus', key, op: 'created', previous: null });
    }
  }

  async planFigure(figure: AcceptedFields['figure']): Promise<void> {
    const place = this.place(figure);
    if (!place) throw new ArticleReviewError('needsPlace', { kind: 'figure' });
    if (!this.gazetteer.indicators.some((i) => i.name === figure.indicator)) throw new ArticleReviewError('unknownReference', { field: 'indicator', value: figure.indicator });
    const key = { park: place.park, region: place.region, indicator: figure.indicator, period: figure.period ?? null, value: figure.value };
    const id = observationId(key);
    await this.node('Observation', id, () => ({
      statement: statements.observations,
      params: {
        observations: [{ ...key, id, unit: figure.unit, scope: null, chain: null, segment: null, benchmark: null, qualifier: figure.qualifier ?? null, note: null, ...this.provenance }],
      },
    }));
  }

  /** A figure of an indicator the closed list lacks is kept as the article's statement (as the seed keeps what fits no shape), not as an invented indicator. */
  planStatement(figure: AcceptedFields['new-indicator']): void {
    const place = figure.park ? this.park(figure.park).name : figure.region ? this.gazetteer.regions.find((r) => r.code === this.region(figure.region!))?.name : undefined;
    const text = `${place ? `${place}：` : ''}${figure.label}${figure.period ? `（${figure.period}）` : ''} ${figure.value}${figure.unit}`;
    this.#creates.push({
      statement: statements.statements,
      params: { statements: [{ id: statementId(this.accepting.source, text, this.accepting.sentence), text, why: '指标清单中没有这一指标：按原文保留，待定义指标后再记为数据', source: this.accepting.source, evidence: this.accepting.sentence }] },
    });
  }

  async write(tx: Transaction): Promise<void> {
    const { source, sentence, at, id } = this.accepting;
    for (const { statement, params } of this.#creates) await tx.run(statement, params);
    if (this.#existing.length > 0 || this.#focus) await tx.run(statements.provenance, { nodes: this.#existing, focus: this.#focus, source, evidence: sentence });
    if (this.#placeLink) await tx.run(statements.linkPlace, { source, region: this.#placeLink, evidence: sentence });
    if (this.#firms.length > 0) await tx.run(statements.firmRegionPaths, { ids: this.#firms });
    if (this.#projects.length > 0) {
      await tx.run(statements.projectRegionPaths, { ids: this.#projects });
      await tx.run(statements.projectLabels, { ids: this.#projects });
    }
    if (this.#changes.length > 0) {
      await tx.run(statements.changes, {
        import: source,
        changes: this.#changes.map((c) => ({ ...c, row: null, previousRels: '[]', relTypes: [], at, proposal: id })),
      });
    }
  }
}

/**
 * Plans what accepting a proposal writes: each fact merged with what the graph holds (a firm known
 * by name or alias, a park by name or short name, a figure by its place, indicator, period and
 * value), created where it holds none, with the article as its source and the sentence as its
 * evidence; and the ImportChange records by which the article's undo gives the graph back.
 * References that do not hold are refused naming the field.
 */
export function planAccept(db: Database, gazetteer: Gazetteer, accepting: Accepting): Promise<AcceptPlan> {
  return new Planner(db, gazetteer, accepting).plan();
}
