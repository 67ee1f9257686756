import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../api/http/serve.ts';
import type { EditorAccess } from '../../core/config.ts';
import { creditCodeCheckDigit } from '../../core/credit-code.ts';
import { listImports } from '../../import/list-imports.ts';
import { undoImport } from '../../import/undo/undo-import.ts';
import { testDatabase } from '../helpers/database.ts';
import { probe } from '../helpers/probe.ts';

// A project still in negotiation (在谈) is the editors' alone: asked as a reader through every
// field of the schema that can reach a project, it is nowhere, and every count and figure reads as
// before it was imported. Everything lies in a province of its own (92) and is undone at the end.
const db = await testDatabase();
const TOKEN = 'test-editor-token-reach-0123456789';
const access: EditorAccess = { token: TOKEN, uploadsDir: mkdtempSync(path.join(os.tmpdir(), 'chain-atlas-uploads-')), uploadMaxBytes: 1024 * 1024 };
const served = await serve(db, '127.0.0.1', 0, access, { rateLimitPerMinute: 0 });

const EDITOR = { authorization: `Bearer ${TOKEN}` };
const READER = {};

async function graphql(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = READER) {
  const response = await fetch(`${served.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

const csv = (lines: string[][]) => new Uint8Array(Buffer.from(lines.map((l) => l.join(',')).join('\n')));

async function importCsv(lines: string[][], name: string): Promise<string> {
  const sent = await fetch(`${served.url}/uploads`, { method: 'POST', headers: { 'content-type': 'application/octet-stream', 'x-file-name': name, ...EDITOR }, body: csv(lines) });
  const { upload } = (await sent.json()) as { upload: string };
  const { data, errors } = await graphql('mutation($input: ImportFileInput!) { importFile(input: $input) { id written counts { rows accepted refused new } problems { code message } } }', { input: { upload, dryRun: false } }, EDITOR);
  expect(errors).toBeUndefined();
  expect(data.importFile.written, JSON.stringify(data.importFile)).toBe(true);
  return data.importFile.id;
}

const code = (body: string) => `${body}${creditCodeCheckDigit(body)}`;
const ROSTER = [
  ['企业名称', '统一社会信用代码', '登记状态', '所属省份', '所属城市', '所属区县', '主营产品'],
  ['测试可达甲有限公司', code('91920101APKT00010'), '存续', '测试省可', '测试市达', '测试县可达甲', '烧碱、液氯生产'],
];
// Both projects lie in a park of the county, so that the park's fields are asked too.
const PARK = { id: 'test-reach-park', name: '测试可达工业园区' };
const LEDGER_HEADER = ['项目名称', '投资方', '总投资（亿元）', '签约日期', '状态', '所属省份', '所属城市', '所在区县', '所在园区', '产业链', '环节'];
const SIGNED = ['测试可达公开项目', '测试可达甲有限公司', '3', '2024-05-02', '已签约', '测试省可', '测试市达', '测试县可达甲', PARK.name, '盐化工', '液氯'];
const SEALED = ['测试可达保密项目', '测试可达甲有限公司', '2', '2024-05-01', '在谈', '测试省可', '测试市达', '测试县可达甲', PARK.name, '盐化工', '烧碱'];

const PLACE = '{ projectCount projects(first: 500) { key name status investmentCny } firmCount }';
const PROJECT_LIST = 'totalCount edges { node { key name } } aggregate { count totalInvestmentCny withInvestmentCount byStatus { status count investmentCny withInvestmentCount } byChain { chain { id } count investmentCny withInvestmentCount } }';
const CHAIN_MAP = `presentCount thinCount comingCount missingCount unknownCount
  segments { segment { id } coverage firmCount producerCount pipelineCount projectCount projects { key name } projectsByStatus { status count } }`;

let firmId: string;

/** Sends the requests one after another: at once, they kept a busy test machine's Neo4j from answering the health probe. */
async function oneByOne<T>(requests: (() => Promise<T>)[]): Promise<T[]> {
  const answers: T[] = [];
  for (const request of requests) answers.push(await request());
  return answers;
}

/**
 * Every reader field of the SDL (api/modules/*\/schema.graphql) that can reach a project, within
 * the test's province: each answer must read the same with or without the project in negotiation.
 */
async function placeView(): Promise<unknown[]> {
  const asked = await oneByOne([
    () => graphql(`{ projects(filter: {regionCode: "92"}, first: 100) { ${PROJECT_LIST} } }`),
    () => graphql(`{ projects(filter: {regionCode: "920101", chainId: "salt-chemical"}, first: 100) { ${PROJECT_LIST} } }`),
    () => graphql(`{ projects(filter: {text: "测试可达"}, first: 100) { ${PROJECT_LIST} } }`),
    () => graphql(`{ county: region(code: "920101") ${PLACE} city: region(code: "9201") ${PLACE} province: region(code: "92") ${PLACE} }`),
    () => graphql(`{ node(id: "Region:920101") { ... on Region ${PLACE} } }`),
    () => graphql(`{ park(id: "${PARK.id}") { projectCount projects(first: 50) { key name status investmentCny } } node(id: "Park:${PARK.id}") { ... on Park { projectCount projects { key name } } } }`),
    () => graphql(`{ projects(filter: {parkId: "${PARK.id}"}, first: 100) { ${PROJECT_LIST} } }`),
    () => graphql(`{ chainMap(chainId: "salt-chemical", parkId: "${PARK.id}") { ${CHAIN_MAP} } }`),
    () => graphql(`{ neighborhood(id: "Park:${PARK.id}", depth: 1, limit: 500) { nodes { id label } edges { id } omitted } }`),
    () => graphql(`query($id: ID!) { firm(id: $id) { projects { key name } } node(id: $id) { ... on Firm { projects { key name } } } }`, { id: firmId }),
    () => graphql(`{ chainMap(chainId: "salt-chemical", regionCode: "920101") { ${CHAIN_MAP} } }`),
    () => graphql(`{ chainMap(chainId: "salt-chemical", regionCode: "92") { ${CHAIN_MAP} } }`),
    () => graphql(`{ chainGaps(chainId: "salt-chemical", regionCode: "920101", thinThreshold: 3) { gaps { segment { id } coverage firmCount pipeline { key name } } } }`),
    () => graphql(`{ compareRegions(codes: ["920101", "9201"]) { places { region { code } firmCount projectCount investmentCny withInvestmentCount projectsByStatus { status count } }
      chains { chain { id } byRegion { region { code } present thin coming missing unknown } } } }`),
    () => graphql(`{ search(text: "测试可达", first: 50) { type name node { id } } }`),
    () => graphql(`{ search(text: "测试可达保密项目", first: 50) { type name node { id } } projectsOnly: search(text: "测试可达保密", types: [PROJECT], first: 50) { name } }`),
    () => graphql(`query($id: ID!) { paths(fromId: $id, toId: "Region:920101", maxHops: 3, first: 10) { nodes { id label } edges { id } } }`, { id: firmId }),
    () => graphql(`query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 500) { nodes { id label } edges { id } omitted } }`, { id: firmId }),
    () => graphql(`{ neighborhood(id: "Region:920101", depth: 1, limit: 500) { nodes { id label } edges { id } omitted } }`),
  ]);
  for (const answer of asked) expect(answer.errors).toBeUndefined();
  return asked.map((answer) => answer.data);
}

/**
 * The fields whose answers span the whole country, which other test files change as they run
 * beside this one: the project in negotiation must not be in them, by name or key.
 */
async function countryView(): Promise<string> {
  const asked = await oneByOne([
    () => graphql(`{ projects(first: 100) { ${PROJECT_LIST} } }`),
    () => graphql(`{ projects(filter: {chainId: "salt-chemical"}, first: 100) { ${PROJECT_LIST} } }`),
    () => graphql(`{ chain(id: "salt-chemical") { segments { projectCount projects(first: 20) { key name } } } }`),
    () => graphql(`{ startingPoints { placeCount places(first: 40) { ... on Region { code projectCount } } chains { chain { id } placeCount firmCount projectCount } } }`),
    () => graphql(`{ extensionOpportunities(regionCode: "920101", first: 10) { segment { id } density leads { from { id } strength } } }`),
    () => graphql(`{ chainGaps(chainId: "salt-chemical", regionCode: "920101") { gaps { candidates { firm { name projects { key name } } projectCount } } } }`),
    () => graphql(`query($id: ID!) { neighborhood(id: $id, depth: 3, limit: 500) { nodes { id label } } }`, { id: firmId }),
    () => graphql(`{ neighborhood(id: "Region:920101", depth: 3, limit: 500) { nodes { id label } } }`),
  ]);
  for (const answer of asked) expect(answer.errors).toBeUndefined();
  return JSON.stringify(asked.map((answer) => answer.data));
}

beforeAll(async () => {
  await db.write({
    name: 'test/reach-regions',
    text: `CREATE (p:Region:Province {code: '92', name: '测试省可', level: 'province', sourceName: '测试省可', searchText: '测试省可'})
           CREATE (c:Region:City {code: '9201', name: '测试市达', level: 'city', sourceName: '测试市达', searchText: '测试市达'})-[:PART_OF]->(p)
           CREATE (county:Region:County {code: '920101', name: '测试县可达甲', level: 'county', sourceName: '测试县可达甲', searchText: '测试县可达甲'})-[:PART_OF]->(c)
           CREATE (:Park {id: $park.id, name: $park.name, aliases: [], searchText: $park.name, sources: [], evidence: []})-[:IN]->(county)`,
  }, { park: PARK });
  await importCsv(ROSTER, 'test-reach-roster.csv');
  await importCsv([LEDGER_HEADER, SIGNED], 'test-reach-ledger-signed.csv');
  const [firm] = await probe(db, "MATCH (f:Firm {name: '测试可达甲有限公司'}) RETURN f.id AS id");
  firmId = `Firm:${firm!.id as string}`;
});

afterAll(async () => {
  const ours = (await listImports(db)).filter((i) => i.file.startsWith('test-reach-')).reverse();
  for (const i of ours) await undoImport(db, i.id).catch(() => undefined);
  await db.write({ name: 'test/reach-cleanup', text: "MATCH (r:Region) WHERE r.code STARTS WITH '92' DETACH DELETE r" });
  await db.write({ name: 'test/reach-cleanup-park', text: 'MATCH (p:Park {id: $id}) DETACH DELETE p' }, { id: PARK.id });
  await served.close();
});

describe('a project in negotiation (在谈), as a reader sees the graph', () => {
  it('is in no field that can reach a project, and every count reads as without it; editors list it', async () => {
    const without = await placeView();
    // The signed project is there to be seen: the fields can show a project.
    expect(JSON.stringify(without).match(/测试可达公开项目/g)?.length).toBeGreaterThanOrEqual(8);
    // The ledger put it in the park, so the park's fields are really asked about it.
    const inPark = without.find((data) => (data as { park?: unknown }).park) as { park: { projectCount: number } };
    expect(inPark.park.projectCount).toBe(1);

    await importCsv([LEDGER_HEADER, SEALED], 'test-reach-ledger-sealed.csv');
    const { data } = await graphql('{ confidentialProjects(first: 500) { items { key name } } }', {}, EDITOR);
    const sealed = data.confidentialProjects.items.find((p: { name: string }) => p.name === '测试可达保密项目');
    expect(sealed).toBeDefined();

    const withIt = await placeView();
    expect(withIt).toEqual(without);
    const country = await countryView();
    for (const seen of [JSON.stringify(withIt), country]) {
      expect(seen).not.toContain('测试可达保密');
      expect(seen).not.toContain(sealed.key);
    }

    // By its own id: as if there were no such project.
    const byId = await graphql(`query($key: ID!, $id: ID!) { project(id: $key) { key } byGlobal: project(id: $id) { key } node(id: $id) { id } }`, { key: sealed.key, id: `Project:${sealed.key}` });
    expect(byId).toEqual({ data: { project: null, byGlobal: null, node: null } });
    const unknown = await graphql(`query($id: ID!) { neighborhood(id: $id) { nodes { id } } paths(fromId: $id, toId: "Region:920101") { length } }`, { id: 'Project:no-such-project' });
    const around = await graphql(`query($id: ID!) { neighborhood(id: $id) { nodes { id } } paths(fromId: $id, toId: "Region:920101") { length } }`, { id: `Project:${sealed.key}` });
    // Request ids aside, the same answer, errors and all.
    const plain = (answer: Awaited<ReturnType<typeof graphql>>) => JSON.stringify({ data: answer.data, errors: answer.errors?.map((e) => [e.extensions?.code, e.message]) });
    expect(plain(around).replaceAll(sealed.key, 'no-such-project')).toEqual(plain(unknown));
  });
});
