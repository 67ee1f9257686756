import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EditorAccess } from '../../core/config.ts';
import type { Database, Transaction } from '../../db/database.ts';
import { creditCodeCheckDigit } from '../../core/credit-code.ts';
import { importFile } from '../../import/import-file.ts';
import { undoImport } from '../../import/undo/undo-import.ts';
import { graphqlClient } from '../helpers/graphql.ts';
import { inRolledBackTransaction } from '../helpers/rolled-back.ts';

// An editor keeps an article for review, accepts, corrects and rejects its proposals, and undoes
// it: through the API, on a county of its own (province 91, which GB/T 2260 does not use), each
// test in a transaction rolled back afterwards so the other files never see it. The article is
// SYNTHETIC, written for this test: its places and firms exist nowhere.
const ARTICLE = [
  '测试县卯工业经济稳中有进',
  '2024年一季度，测试县卯规模以上工业增加值同比增长8.5%。',
  '测试县卯把盐化工产业作为首位产业，全力打造盐化工产业链。',
  '3月5日，测试县卯签约测试盐业有限公司年产30万吨离子膜烧碱项目，总投资超20亿元。',
  '测试县卯工业园区新引进测试精细化工有限公司。',
].join('\n');
/** A second article that names the same investor: it links the firm the first created. */
const LATER = '4月8日，测试县卯与测试盐业有限公司签约年产5万吨液氯项目，总投资3亿元。';

const TOKEN = 'test-editor-token-article-review-0123';
const access: EditorAccess = { token: TOKEN, uploadsDir: mkdtempSync(path.join(os.tmpdir(), 'chain-atlas-uploads-')), uploadMaxBytes: 1024 * 1024 };

const KEEP = `mutation($input: ArticleInput!) {
  ingestArticle(input: $input) { source { key kind title publishedOn importedBy } sentences pendingCount
    proposals { id kind status sentence confidence why fields { name value shown } decidedBy } }
}`;
const DECIDE = `mutation($input: DecideArticleProposalInput!, $language: Language) {
  decideArticleProposal(input: $input, language: $language) { id kind status decidedBy fields { name value shown } }
}`;
const UNDO = 'mutation($id: ID!, $language: Language) { undoArticle(id: $id, language: $language) { id title deleted restored proposals } }';

interface Field { name: string; value: string; shown: string | null }
interface Item { id: string; kind: string; status: string; sentence: number; fields: Field[]; decidedBy: string | null }
interface Kept { source: { key: string; kind: string; title: string; publishedOn: string; importedBy: string }; sentences: string[]; pendingCount: number; proposals: Item[] }

const value = (item: Item, name: string) => item.fields.find((f) => f.name === name)?.value;

/** Runs a test on the test county, with an editor's and a reader's client on the rolled-back database. */
function onCounty<T>(work: (api: ReturnType<typeof clients>, tx: Transaction) => Promise<T>): Promise<T> {
  return inRolledBackTransaction(async (db, tx) => {
    await tx.run({
      name: 'test/article-review-regions',
      text: `CREATE (p:Region:Province {code: '91', name: '测试省丑', level: 'province', sourceName: '测试省丑', searchText: '测试省丑'})
             CREATE (c:Region:City {code: '9101', name: '测试市寅', level: 'city', sourceName: '测试市寅', searchText: '测试市寅'})-[:PART_OF]->(p)
             CREATE (:Region:County {code: '910101', name: '测试县卯', level: 'county', sourceName: '测试县卯', searchText: '测试县卯'})-[:PART_OF]->(c)`,
    });
    return work(clients(db), tx);
  });
}

function clients(db: Database) {
  const editor = graphqlClient(db, { access, token: TOKEN });
  const reader = graphqlClient(db, { access });
  return {
    db,
    editor,
    reader,
    async keep(text = ARTICLE): Promise<Kept> {
      const { data, errors } = await editor<{ ingestArticle: Kept }>(KEEP, { input: { text, publishedOn: '2024-05-23' } });
      expect(errors).toBeUndefined();
      return data!.ingestArticle;
    },
    async decide(input: Record<string, unknown>, language = 'ZH') {
      return editor<{ decideArticleProposal: Item }>(DECIDE, { input, language });
    },
  };
}

const find = (kept: Kept, kind: string, test: (item: Item) => boolean = () => true) => {
  const item = kept.proposals.find((p) => p.kind === kind && test(p));
  expect(item, `${kind} proposal`).toBeDefined();
  return item!;
};

/** What the article wrote on the county: facts that name it as a source, and its review records. */
async function census(tx: Transaction, source: string) {
  const [row] = await tx.run<Record<string, number>>({
    name: 'test/article-census',
    text: `RETURN COUNT { MATCH (n) WHERE $source IN coalesce(n.sources, []) } AS facts,
                  COUNT { MATCH ()-[r]->() WHERE $source IN coalesce(r.sources, []) } AS relations,
                  COUNT { MATCH (f:Firm) WHERE f.name IN ['测试盐业有限公司', '测试精细化工有限公司'] } AS firms,
                  COUNT { MATCH (p:Park)-[:IN]->(:Region {code: '910101'}) } AS parks,
                  COUNT { MATCH (p)-[:IN]->(:Region {code: '910101'}) WHERE p:Project OR p:ConfidentialProject } AS projects,
                  COUNT { MATCH (:Region {code: '910101'})-[:REPORTED]->(o:Observation) } AS figures,
                  COUNT { MATCH (:Region {code: '910101'})-[:FOCUSES_ON]->(:Chain) } AS focuses,
                  COUNT { MATCH (s:Source {id: $source}) } AS sources,
                  COUNT { MATCH (x:ArticleProposal {source: $source}) } AS proposals,
                  COUNT { MATCH (:Source {id: $source})-[:CHANGED]->(c) } AS changes`,
  }, { source });
  return row!;
}

describe('an ingested article under review', () => {
  it('is kept with its proposals, each fact once and pending, and nothing else written; again, it is the same article', () =>
    onCounty(async (api, tx) => {
      const kept = await api.keep();
      expect(kept.source).toMatchObject({ kind: 'ARTICLE', title: '测试县卯工业经济稳中有进', publishedOn: '2024-05-23', importedBy: 'editor' });
      expect(kept.sentences).toHaveLength(5);
      expect(kept.pendingCount).toBe(kept.proposals.length);
      expect(kept.proposals.every((p) => p.status === 'PENDING' && kept.sentences[p.sentence])).toBe(true);
      // 测试县卯 is named in every sentence, and the focus twice in one: each is one proposal to review.
      expect(kept.proposals.filter((p) => p.kind === 'PLACE')).toHaveLength(1);
      expect(kept.proposals.filter((p) => p.kind === 'FOCUS')).toHaveLength(1);
      expect(await census(tx, kept.source.key)).toMatchObject({ facts: 0, relations: 0, firms: 0, parks: 0, projects: 0, figures: 0, focuses: 0, sources: 1, changes: 0 });

      const again = await api.keep();
      expect(again.source.key).toBe(kept.source.key);
      expect((await census(tx, kept.source.key)).proposals).toBe(kept.proposals.length);

      // An article that cannot be read is refused as articleProposals refuses it, and nothing is kept.
      const refused = await api.editor(KEEP, { input: { text: '   ' } });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'ARTICLE_REFUSED', reason: 'emptyText' });
      const [{ sources }] = (await tx.run<{ sources: number }>({ name: 'test/article-sources', text: "RETURN COUNT { MATCH (s:Source {kind: 'article'}) WHERE s.ingested } AS sources" })) as [{ sources: number }];
      expect(sources).toBe(1);

      const listed = await api.editor<{ ingestedArticles: { source: { key: string }; pendingCount: number }[] }>('{ ingestedArticles { source { key } pendingCount } }');
      expect(listed.data!.ingestedArticles).toContainEqual({ source: { key: kept.source.key }, pendingCount: kept.proposals.length });
    }));

  it('is editors only: a reader can neither keep, list nor decide', () =>
    onCounty(async (api, tx) => {
      const kept = await api.keep();
      const before = await census(tx, kept.source.key);
      for (const [query, variables] of [
        [KEEP, { input: { text: ARTICLE } }],
        ['{ ingestedArticles { pendingCount } }', {}],
        [DECIDE, { input: { id: kept.proposals[0]!.id, decision: 'ACCEPT' } }],
        [UNDO, { id: kept.source.key }],
      ] as const) {
        const { data, errors } = await api.reader(query, variables);
        expect(errors?.[0]?.extensions?.code, query).toBe('UNAUTHENTICATED');
        expect(data?.ingestedArticles ?? data?.decideArticleProposal ?? null).toBeNull();
      }
      expect(await census(tx, kept.source.key)).toEqual(before);
    }));

  it('writes each accepted fact with the article as its source and the sentence as its evidence, merged with what the graph holds', () =>
    onCounty(async (api, tx) => {
      const kept = await api.keep();
      const key = kept.source.key;
      const park = find(kept, 'PARK');
      expect((await api.decide({ id: park.id, decision: 'ACCEPT' })).data!.decideArticleProposal.status).toBe('ACCEPTED');
      // The firm the park brought in, placed in the park a person names in the article's short form.
      const fine = find(kept, 'FIRM', (p) => value(p, 'name') === '测试精细化工有限公司');
      const placed = await api.decide({ id: fine.id, decision: 'ACCEPT', fields: [{ name: 'park', value: '测试县卯工业园区' }] });
      expect(placed.errors).toBeUndefined();
      expect(placed.data!.decideArticleProposal.fields).toContainEqual({ name: 'park', value: '测试县卯工业园区', shown: null });
      const project = find(kept, 'PROJECT');
      expect(value(project, 'investmentCny')).toBe('2000000000');
      expect((await api.decide({ id: project.id, decision: 'ACCEPT' })).errors).toBeUndefined();
      // The project's investor, proposed as a firm of its own too: accepting it adds the article once more, no second firm.
      expect((await api.decide({ id: find(kept, 'FIRM', (p) => value(p, 'name') === '测试盐业有限公司').id, decision: 'ACCEPT' })).errors).toBeUndefined();
      expect((await api.decide({ id: find(kept, 'FOCUS').id, decision: 'ACCEPT' })).errors).toBeUndefined();
      expect((await api.decide({ id: find(kept, 'FIGURE').id, decision: 'REJECT' })).data!.decideArticleProposal.status).toBe('REJECTED');

      expect(await census(tx, key)).toMatchObject({ firms: 2, parks: 1, projects: 1, figures: 0, focuses: 1 });
      const [written] = await tx.run<Record<string, unknown>>({
        name: 'test/article-facts',
        text: `MATCH (p:Project)-[:IN]->(:Region {code: '910101'}) MATCH (p)-[:BY]->(f:Firm)
               MATCH (fine:Firm {name: '测试精细化工有限公司'})-[:LOCATED_IN]->(park:Park)
               MATCH (:Region {code: '910101'})-[focus:FOCUSES_ON]->(:Chain {id: 'salt-chemical'})
               RETURN p {.investmentCny, .status, .signedOn, .note, .sources, .evidence} AS project, f.name AS investor,
                      f.sources AS investorSources, park.name AS park, focus {.role, .sources, .evidence} AS focus`,
      });
      const sentence = kept.sentences[project.sentence]!;
      expect(written).toEqual({
        project: { investmentCny: 2_000_000_000, status: 'signed', signedOn: '2024-03-05', note: '投资额原文为“超”该数', sources: [key], evidence: [sentence] },
        investor: '测试盐业有限公司',
        investorSources: [key],
        park: '测试县卯工业园区',
        focus: { role: 'leading', sources: [key], evidence: [kept.sentences[2]] },
      });

      // What Explore's details and the chain map read: the firm's evidence, and the focus's sources.
      const firmId = (await tx.run<{ id: string }>({ name: 'test/firm-id', text: "MATCH (f:Firm {name: '测试盐业有限公司'}) RETURN f.id AS id" }))[0]!.id;
      const details = await api.reader<{ node: { evidence: string[]; sources: { key: string; title: string }[] } }>(
        'query($id: ID!) { node(id: $id) { ... on Firm { evidence sources { key title } } } }', { id: `Firm:${firmId}` },
      );
      expect(details.data!.node).toEqual({ evidence: [sentence], sources: [{ key, title: '测试县卯工业经济稳中有进' }] });
      const map = await api.reader<{ chainMap: { focuses: { evidence: string[]; sources: { key: string }[] }[] } }>(
        '{ chainMap(chainId: "salt-chemical", regionCode: "910101") { focuses { evidence sources { key } } } }',
      );
      expect(map.errors).toBeUndefined();
      expect(map.data!.chainMap.focuses).toContainEqual({ evidence: [kept.sentences[2]], sources: [{ key }] });
    }));

  it('refuses a correction that does not hold, naming the field, in the asked language, and writes nothing', () =>
    onCounty(async (api, tx) => {
      const kept = await api.keep();
      const project = find(kept, 'PROJECT');
      const before = await census(tx, kept.source.key);
      for (const [fields, language, said] of [
        [[{ name: 'investmentCny', value: '二十亿' }], 'ZH', '字段 investmentCny 的值“二十亿”不成立：不是数字'],
        [[{ name: 'region', value: '999999' }], 'EN', 'Field region: the graph has no region code "999999"'],
        [[{ name: 'park', value: '测试县卯高新区' }], 'ZH', '图谱里没有园区“测试县卯高新区”'],
        [[{ name: 'signedOn', value: '2024-02-30' }], 'EN', 'Field signedOn: "2024-02-30" does not hold: it is not a date written YYYY-MM-DD'],
        [[{ name: 'colour', value: 'red' }], 'EN', 'A project proposal has no field colour'],
      ] as const) {
        const { errors } = await api.decide({ id: project.id, decision: 'ACCEPT', fields }, language);
        expect(errors?.[0]?.extensions).toMatchObject({ code: 'REVIEW_REFUSED' });
        expect(errors?.[0]?.message).toContain(said);
      }
      expect(await census(tx, kept.source.key)).toEqual(before);
      // Decided once, decided for good; a rejection takes no fields.
      const figure = find(kept, 'FIGURE');
      expect((await api.decide({ id: figure.id, decision: 'REJECT', fields: [{ name: 'value', value: '9' }] })).errors?.[0]?.extensions).toMatchObject({ reason: 'fieldsOnlyForAccept' });
      await api.decide({ id: figure.id, decision: 'ACCEPT' });
      expect((await api.decide({ id: figure.id, decision: 'REJECT' })).errors?.[0]?.extensions).toMatchObject({ code: 'REVIEW_REFUSED', reason: 'alreadyDecided' });
      expect((await api.decide({ id: 'article-000000000000-p1', decision: 'ACCEPT' })).errors?.[0]?.extensions).toMatchObject({ reason: 'unknownProposal' });
    }));

  it('is undone as a whole, leaving the graph as before it; while a later article rests on it, its undo is refused', () =>
    onCounty(async (api, tx) => {
      const kept = await api.keep();
      const key = kept.source.key;
      const empty = await census(tx, key);
      for (const item of kept.proposals) await api.decide({ id: item.id, decision: 'ACCEPT', ...(item.kind === 'FIRM' && value(item, 'name') === '测试精细化工有限公司' ? { fields: [{ name: 'region', value: '910101' }] } : {}) });
      const accepted = await census(tx, key);
      expect(accepted).toMatchObject({ firms: 2, parks: 1, projects: 1, figures: 1, focuses: 1 });

      // A later article adds itself to the investor the first one created: the first cannot be undone under it.
      const later = await api.keep(LATER);
      const investor = find(later, 'FIRM', (p) => value(p, 'name') === '测试盐业有限公司');
      expect((await api.decide({ id: investor.id, decision: 'ACCEPT' })).errors).toBeUndefined();
      const refused = await api.editor(UNDO, { id: key, language: 'EN' });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'REVIEW_REFUSED', reason: 'laterChanges' });
      expect(refused.errors?.[0]?.message).toContain(later.source.key);
      expect(await census(tx, key)).toEqual(accepted);

      const second = await api.editor<{ undoArticle: Record<string, unknown> }>(UNDO, { id: later.source.key });
      expect(second.data!.undoArticle).toMatchObject({ deleted: 0, restored: 1 });
      const first = await api.editor<{ undoArticle: Record<string, unknown> }>(UNDO, { id: `Source:${key}` });
      expect(first.data!.undoArticle).toMatchObject({ id: key, title: '测试县卯工业经济稳中有进', deleted: 6, restored: 0, proposals: kept.proposals.length });
      expect(await census(tx, key)).toEqual({ ...empty, sources: 0, proposals: 0 });
      expect((await api.editor(UNDO, { id: key })).errors?.[0]?.extensions).toMatchObject({ reason: 'unknownArticle' });
    }));

  it('merges with a firm a team imported, and holds that import\'s undo until the article is undone', () =>
    onCounty(async (api, tx) => {
      const credit = `91910101TEXT00041${creditCodeCheckDigit('91910101TEXT00041')}`;
      const roster = path.join(access.uploadsDir, 'test-article-roster.csv');
      writeFileSync(roster, ['企业名称,统一社会信用代码,登记状态,所属省份,所属城市,所属区县', `测试盐业有限公司,${credit},存续,测试省丑,测试市寅,测试县卯`].join('\n'));
      const imported = await importFile(api.db, roster, { by: 'tester' });
      const kept = await api.keep();
      const firm = find(kept, 'FIRM', (p) => value(p, 'name') === '测试盐业有限公司');
      expect((await api.decide({ id: firm.id, decision: 'ACCEPT' })).errors).toBeUndefined();
      const sourcesOf = async () => (await tx.run<{ sources: string[] }>({ name: 'test/firm-sources', text: 'MATCH (f:Firm {id: $id}) RETURN f.sources AS sources' }, { id: `firm-${credit}` }))[0]?.sources;
      expect(await sourcesOf()).toEqual([imported.id, kept.source.key]);

      await expect(undoImport(api.db, imported.id)).rejects.toThrow(kept.source.key);
      await api.editor(UNDO, { id: kept.source.key });
      expect(await sourcesOf()).toEqual([imported.id]);
      await undoImport(api.db, imported.id);
      expect(await sourcesOf()).toBeUndefined();
    }));
});
