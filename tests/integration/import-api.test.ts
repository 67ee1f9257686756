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
import { census } from '../helpers/census.ts';
import { probe } from '../helpers/probe.ts';

// Importing through the server as the web page does: POST /uploads, then Mutation.importFile and
// undoImport, with and without the editor's token. Everything written lies in a province of its
// own (95; import.test.ts has 97, review-proposals.test.ts 96, the analytics fixture 99 and 98) and is undone before the end.
const db = await testDatabase();
const TOKEN = 'test-editor-token-0123456789';
const access: EditorAccess = { token: TOKEN, uploadsDir: mkdtempSync(path.join(os.tmpdir(), 'chain-atlas-uploads-')), uploadMaxBytes: 1024 * 1024 };
const served = await serve(db, '127.0.0.1', 0, access);
const readersOnly = await serve(db, '127.0.0.1', 0);
// A server whose interactive requests have 1 ms for their reads: an import is no such request.
const hurried = await serve(db, '127.0.0.1', 0, access, { requestTimeoutMs: 1 });

const code = (body: string) => `${body}${creditCodeCheckDigit(body)}`;
const WRONG_CHECK_DIGIT = `91950101APKT00030${creditCodeCheckDigit('91950101APKT00030') === '1' ? '2' : '1'}`;
const header = ['企业名称', '统一社会信用代码', '登记状态', '所属省份', '所属城市', '所属区县', '主营产品'];
const rows = [
  ['测试接口甲有限公司', code('91950101APKT00010'), '存续', '测试省壬', '测试市癸', '测试县子', '烧碱、液氯生产'],
  ['测试接口乙有限公司', code('91950101APKT00020'), '存续', '测试省壬', '测试市癸', '测试县子', '金属制品'],
  // Refused: a check digit that does not match.
  ['测试接口丙有限公司', WRONG_CHECK_DIGIT, '存续', '测试省壬', '测试市癸', '测试县子', ''],
];
const csv = (lines: string[][]) => Buffer.from(lines.map((l) => l.join(',')).join('\n'));

const auth = (token = TOKEN) => ({ authorization: `Bearer ${token}` });

function upload(body: Buffer, name: string, headers: Record<string, string> = auth(), base = served.url) {
  return fetch(`${base}/uploads`, { method: 'POST', headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name), ...headers }, body: new Uint8Array(body) });
}

async function graphql<T = any>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = auth(), base = served.url) {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string; reason?: string } }[] };
}

const OUTCOME = `id written kind counts { rows accepted refused new changed unchanged }
  columns { field letter header by } unreadColumns { letter header } fields
  problems { row column { letter header } value severity code message } problemCount
  source { key kind fileName importedBy counts { rows new refused } }`;
const IMPORT = `mutation($input: ImportFileInput!) { importFile(input: $input) { ${OUTCOME} } }`;

let before: Awaited<ReturnType<typeof census>>;

beforeAll(async () => {
  await db.write({
    name: 'test/import-api-regions',
    text: `CREATE (p:Region:Province {code: '95', name: '测试省壬', level: 'province', sourceName: '测试省壬', searchText: '测试省壬'})
           CREATE (c:Region:City {code: '9501', name: '测试市癸', level: 'city', sourceName: '测试市癸', searchText: '测试市癸'})-[:PART_OF]->(p)
           CREATE (:Region:County {code: '950101', name: '测试县子', level: 'county', sourceName: '测试县子', searchText: '测试县子'})-[:PART_OF]->(c)`,
  });
  before = await census(db);
});

afterAll(async () => {
  const ours = (await listImports(db)).filter((i) => i.file.startsWith('test-api-')).reverse();
  for (const i of ours) await undoImport(db, i.id).catch(() => undefined);
  await db.write({ name: 'test/import-api-cleanup', text: "MATCH (r:Region) WHERE r.code STARTS WITH '95' DETACH DELETE r WITH 1 AS one MATCH (l:ColumnLayout) WHERE '主营产品' IN l.header DETACH DELETE l" });
  await served.close();
  await readersOnly.close();
  await hurried.close();
});

describe('an import is not an interactive request', () => {
  it('writes and undoes a file whatever the reads of one request may take, where a lookup is cut off', async () => {
    const lookup = await graphql('{ region(code: "950101") { name } }', {}, auth(), hurried.url);
    expect(lookup.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
    const sent = await upload(csv([header, ...rows]), 'test-api-hurried.csv', auth(), hurried.url);
    const { upload: id } = (await sent.json()) as { upload: string };
    // What the outcome's fields load afterwards (its Source) are reads of the request again: not asked for here.
    const write = 'mutation($input: ImportFileInput!) { importFile(input: $input) { id written counts { new refused } } }';
    const written = await graphql(write, { input: { upload: id, dryRun: false } }, auth(), hurried.url);
    expect(written.errors).toBeUndefined();
    expect(written.data.importFile).toMatchObject({ written: true, counts: { new: 2, refused: 1 } });
    const undone = await graphql('mutation($id: ID!) { undoImport(id: $id) { deleted } }', { id: written.data.importFile.id }, auth(), hurried.url);
    expect(undone.errors).toBeUndefined();
    expect(undone.data.undoImport).toEqual({ deleted: 2 });
    expect((await census(db)).filter((r) => r.k !== 'ColumnLayout')).toEqual(before.filter((r) => r.k !== 'ColumnLayout'));
  });
});

describe('who may write', () => {
  it('tells a reader from an editor, and says when the server takes no editor', async () => {
    expect((await graphql('{ viewer { role editorsEnabled } }', {}, {})).data).toEqual({ viewer: { role: 'READER', editorsEnabled: true } });
    expect((await graphql('{ viewer { role editorsEnabled } }')).data).toEqual({ viewer: { role: 'EDITOR', editorsEnabled: true } });
    expect((await graphql('{ viewer { role editorsEnabled } }', {}, auth('wrong-token-0123456789'))).data).toEqual({ viewer: { role: 'READER', editorsEnabled: true } });
    expect((await graphql('{ viewer { role editorsEnabled } }', {}, auth(), readersOnly.url)).data).toEqual({ viewer: { role: 'READER', editorsEnabled: false } });
  });

  it('refuses an upload without the token (401), or as a form (415), or of another kind of file (415)', async () => {
    const file = csv([header, rows[0]!]);
    const none = await upload(file, 'test-api-x.csv', {});
    expect(none.status).toBe(401);
    expect(((await none.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect((await upload(file, 'test-api-x.csv', {}, readersOnly.url)).status).toBe(401);
    const form = await fetch(`${served.url}/uploads`, { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x', 'x-file-name': 'a.csv', ...auth() }, body: new Uint8Array(file) });
    expect(form.status).toBe(415);
    expect((await upload(file, 'test-api-x.pdf')).status).toBe(415);
  });

  it('refuses every import, undo and review-queue read without the token, writing nothing', async () => {
    const { upload: id } = (await (await upload(csv([header, ...rows]), 'test-api-roster.csv')).json()) as { upload: string };
    const refused = [
      await graphql(IMPORT, { input: { upload: id, dryRun: false } }, {}),
      await graphql('mutation { undoImport(id: "import-x") { id } }', {}, {}),
      await graphql('{ imports { key } }', {}, auth('wrong-token-0123456789')),
    ];
    for (const answer of refused) {
      expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(answer.errors?.[0]?.message).toContain('Authorization: Bearer');
    }
    const disabled = await graphql(IMPORT, { input: { upload: id } }, auth(), readersOnly.url);
    expect(disabled.errors?.[0]?.extensions?.code).toBe('EDITORS_DISABLED');
    expect(disabled.errors?.[0]?.message).toContain('CHAIN_ATLAS_EDITOR_TOKEN');
    expect(await census(db)).toEqual(before);
  });
});

describe('an editor importing through the server', () => {
  let importId: string;

  it('previews an uploaded roster: the mapping, the counts and each refused row with its row and column', async () => {
    const sent = await upload(csv([header, ...rows]), 'test-api-roster.csv');
    expect(sent.status).toBe(201);
    const { upload: id, fileName } = (await sent.json()) as { upload: string; fileName: string };
    expect(fileName).toBe('test-api-roster.csv');
    const { data, errors } = await graphql(IMPORT, { input: { upload: id } });
    expect(errors).toBeUndefined();
    const outcome = data.importFile;
    expect(outcome).toMatchObject({ written: false, kind: 'FIRMS', source: null, counts: { rows: 3, accepted: 2, refused: 1, new: 2, changed: 0, unchanged: 0 } });
    expect(outcome.unreadColumns).toEqual([{ letter: 'G', header: '主营产品' }]);
    expect(outcome.fields).toContain('businessScope');
    expect(outcome.problems).toEqual([
      expect.objectContaining({ row: 4, column: { letter: 'B', header: '统一社会信用代码' }, value: WRONG_CHECK_DIGIT, severity: 'REFUSE', code: 'creditCodeCheckDigit' }),
    ]);
    expect(outcome.problems[0].message).toMatch(/^第 4 行 · B 列「统一社会信用代码」/);
    expect(outcome.problemCount).toBe(1);
    expect(await census(db)).toEqual(before);
  });

  it('writes it with a column chosen by hand, recorded with the editor, and saves the choice for the next file like it', async () => {
    const { upload: id } = (await (await upload(csv([header, ...rows]), 'test-api-roster.csv')).json()) as { upload: string };
    const { data, errors } = await graphql(IMPORT, { input: { upload: id, dryRun: false, columns: [{ field: 'businessScope', column: 'G' }] } }, { ...auth(), 'x-editor-name': encodeURIComponent('招商科 张三') });
    expect(errors).toBeUndefined();
    importId = data.importFile.id;
    expect(data.importFile).toMatchObject({ written: true, source: { key: importId, kind: 'IMPORT', fileName: 'test-api-roster.csv', importedBy: '招商科 张三', counts: { rows: 3, new: 2, refused: 1 } } });
    expect(data.importFile.columns).toContainEqual({ field: 'businessScope', letter: 'G', header: '主营产品', by: 'HAND' });
    // The hand-chosen column is read as the business scope: its products place the firm.
    const placed = await probe(
      db,
      `MATCH (f:Firm {name: '测试接口甲有限公司'})
       RETURN COLLECT { MATCH (f)-[m:MAKES]->() RETURN m.matched } + COLLECT { MATCH (x:Proposal)-[:OF]->(f) RETURN x.matched } AS matched`,
    );
    expect(placed[0]!.matched).toContainEqual(expect.stringContaining('烧碱'));

    const again = (await (await upload(csv([header, rows[1]!]), 'test-api-roster-2.csv')).json()) as { upload: string };
    const next = await graphql(IMPORT, { input: { upload: again.upload } });
    expect(next.data.importFile.columns).toContainEqual({ field: 'businessScope', letter: 'G', header: '主营产品', by: 'HAND' });
  });

  it('lists the import for editors, newest first', async () => {
    const { data } = await graphql('{ imports { key fileName fileKind } }');
    expect(data.imports[0]).toEqual({ key: importId, fileName: 'test-api-roster.csv', fileKind: 'FIRMS' });
  });

  it('lists its proposals for review and records a decision with the editor, for editors only', async () => {
    const QUEUE = `query($import: ID!) { proposals(filter: {import: $import}, first: 100) { totalCount edges { node { id status firm { name } segment { id } } } } }`;
    expect((await graphql(QUEUE, { import: importId }, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const { data } = await graphql(QUEUE, { import: importId });
    expect(data.proposals.totalCount).toBeGreaterThan(0);
    const [first] = data.proposals.edges;
    expect(first.node.status).toBe('PENDING');
    const DECIDE = 'mutation($id: ID!) { decideProposal(input: {id: $id, decision: ACCEPT}) { id status decidedBy } }';
    expect((await graphql(DECIDE, { id: first.node.id }, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const decided = await graphql(DECIDE, { id: first.node.id }, { ...auth(), 'x-editor-name': encodeURIComponent('张三') });
    expect(decided.data).toEqual({ decideProposal: { id: first.node.id, status: 'ACCEPTED', decidedBy: '张三' } });
    const unknown = await graphql('mutation { decideProposal(input: {id: "proposal-none", decision: REJECT}) { id } }');
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'IMPORT_REFUSED', reason: 'unknownProposal' });
  });

  it('undoes it, leaving the graph as before', async () => {
    const { data, errors } = await graphql('mutation($id: ID!) { undoImport(id: $id) { id fileName deleted } }', { id: importId });
    expect(errors).toBeUndefined();
    expect(data.undoImport).toEqual({ id: importId, fileName: 'test-api-roster.csv', deleted: 2 });
    const after = await census(db);
    // The saved column choice is the one thing kept: it belongs to the editor, not to the import.
    expect(after.filter((r) => r.k !== 'ColumnLayout')).toEqual(before.filter((r) => r.k !== 'ColumnLayout'));
  });

  it('answers a file it cannot read, an unknown upload and an unknown import with a typed error in the asked language', async () => {
    const { upload: id } = (await (await upload(Buffer.from('甲,乙\n1,2\n'), 'test-api-noheader.csv')).json()) as { upload: string };
    const noHeader = await graphql('mutation($input: ImportFileInput!) { importFile(input: $input, language: EN) { id } }', { input: { upload: id } });
    expect(noHeader.errors?.[0]).toMatchObject({ extensions: { code: 'IMPORT_REFUSED', reason: 'noHeader' } });
    expect(noHeader.errors?.[0]?.message).toMatch(/^No header row/);
    const gone = await graphql(IMPORT, { input: { upload: 'f'.repeat(64) } });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const unknown = await graphql('mutation { undoImport(id: "import-none") { id } }');
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'IMPORT_REFUSED', reason: 'unknownImport' });
  });
});

describe('a ledger’s projects still in negotiation (在谈)', () => {
  const ledgerHeader = ['项目名称', '投资方', '总投资（亿元）', '签约日期', '状态', '所属省份', '所属城市', '所在区县', '产业链', '环节'];
  const sealed = ['测试保密甲项目', '测试接口甲有限公司', '2', '2024-05-01', '在谈', '测试省壬', '测试市癸', '测试县子', '盐化工', '烧碱'];
  // No segment: placed by its name's product (烧碱), too weakly to write: a proposal for review.
  const proposed = ['测试保密丙烧碱项目', '测试接口甲有限公司', '1', '2024-05-03', '在谈', '测试省壬', '测试市癸', '测试县子', '', ''];
  const open = ['测试公开乙项目', '测试接口甲有限公司', '3', '2024-05-02', '已签约', '测试省壬', '测试市癸', '测试县子', '盐化工', '液氯'];
  let sealedKey: string;
  let firmKey: string;

  async function importCsv(lines: string[][], name: string) {
    const { upload: id } = (await (await upload(csv(lines), name)).json()) as { upload: string };
    const { data, errors } = await graphql(IMPORT, { input: { upload: id, dryRun: false } });
    expect(errors).toBeUndefined();
    return data.importFile.id as string;
  }

  /** Every reader field that can show a project, asked as a reader: the answers, as one text. */
  async function readerView(): Promise<string> {
    // One after another: ten at once, on a loaded machine, could spend a request's 10 s budget waiting.
    const asked = [];
    for (const ask of [
      () => graphql(`{ projects(filter: {regionCode: "950101"}, first: 100) { totalCount edges { node { key name } } aggregate { byStatus { status count } } } }`, {}, {}),
      () => graphql(`{ projects(filter: {text: "测试"}, first: 100) { totalCount edges { node { key name } } } }`, {}, {}),
      () => graphql(`{ search(text: "测试保密甲项目", first: 50) { name } }`, {}, {}),
      () => graphql(`query($id: ID!) { firm(id: $id) { projects { key name } } }`, { id: firmKey }, {}),
      () => graphql(`{ region(code: "950101") { projects(first: 50) { key name } } }`, {}, {}),
      () => graphql(`{ neighborhood(id: "Region:950101", depth: 3, limit: 500) { nodes { id label } } }`, {}, {}),
      () => graphql(`query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 500) { nodes { id label } } }`, { id: `Firm:${firmKey}` }, {}),
      () => graphql(`{ chainMap(chainId: "salt-chemical", regionCode: "950101") { comingCount segments { segment { name } coverage pipelineCount projectCount projects { key name } projectsByStatus { status count } } } }`, {}, {}),
      () => graphql(`query($id: ID!) { project(id: $id) { key } }`, { id: sealedKey }, {}),
      () => graphql(`query($id: ID!) { node(id: $id) { id } }`, { id: `Project:${sealedKey}` }, {}),
    ]) asked.push(await ask());
    for (const answer of asked) expect(answer.errors).toBeUndefined();
    return JSON.stringify(asked.map((a) => a.data));
  }

  it('keeps them from readers by every field, and shows them to editors', async () => {
    await importCsv([header, rows[0]!], 'test-api-sealed-roster.csv');
    const [firm] = await probe(db, "MATCH (f:Firm {name: '测试接口甲有限公司'}) RETURN f.id AS id");
    firmKey = firm!.id as string;
    const ledgerId = await importCsv([ledgerHeader, sealed, open, proposed], 'test-api-sealed-ledger.csv');

    const EDITOR_LIST = '{ confidentialProjects { totalCount items { key name investor investmentCny firm { name } place { ... on Region { name } } chainName segmentName evidence } } }';
    expect((await graphql(EDITOR_LIST, {}, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const { data, errors } = await graphql(EDITOR_LIST);
    expect(errors).toBeUndefined();
    const mine = data.confidentialProjects.items.filter((p: { name: string }) => p.name.startsWith('测试保密甲'));
    expect(mine).toEqual([
      expect.objectContaining({ name: '测试保密甲项目', investor: '测试接口甲有限公司', investmentCny: 2e8, firm: { name: '测试接口甲有限公司' }, place: { name: '测试县子' }, chainName: '盐化工', segmentName: '烧碱', evidence: ['test-api-sealed-ledger.csv · 第 2 行'] }),
    ]);
    sealedKey = mine[0].key;
    // Its proposal waits in the review queue under its name, for editors.
    const QUEUE = 'query($import: ID!) { proposals(filter: {import: $import}) { edges { node { name project { key } } } } }';
    const queue = await graphql(QUEUE, { import: ledgerId });
    expect(queue.data.proposals.edges).toContainEqual({ node: { name: '测试保密丙烧碱项目', project: null } });

    const seen = await readerView();
    // The signed project shows in every one of those fields that lists projects: they can show one.
    expect(seen.match(/测试公开乙项目/g)?.length).toBeGreaterThanOrEqual(5);
    expect(seen).not.toContain('测试保密');
    expect(seen).not.toContain(sealedKey);
  });

  it('shows one to readers once a later ledger says it is signed, and hides it again when that import is undone', async () => {
    const signedId = await importCsv([ledgerHeader, [...sealed.slice(0, 4), '已签约', ...sealed.slice(5)]], 'test-api-sealed-ledger-2.csv');
    expect(await readerView()).toContain('测试保密甲项目');
    expect((await graphql('{ confidentialProjects { items { name } } }')).data.confidentialProjects.items).not.toContainEqual({ name: '测试保密甲项目' });

    await undoImport(db, signedId);
    const seen = await readerView();
    expect(seen).not.toContain('测试保密甲');
    expect((await graphql('{ confidentialProjects { items { name } } }')).data.confidentialProjects.items).toContainEqual({ name: '测试保密甲项目' });
  });

  it('hides a signed project from readers, its chain map counts included, once a later ledger says it is negotiated again', async () => {
    const COMING = `{ chainMap(chainId: "salt-chemical", regionCode: "950101") { segments { segment { name } pipelineCount projectCount } } }`;
    const liquidChlorine = async () => (await graphql(COMING, {}, {})).data.chainMap.segments.find((s: { segment: { name: string } }) => s.segment.name === '液氯');
    expect(await liquidChlorine()).toMatchObject({ pipelineCount: 1, projectCount: 1 });
    await importCsv([ledgerHeader, [...open.slice(0, 4), '在谈', ...open.slice(5)]], 'test-api-sealed-ledger-3.csv');
    expect(await readerView()).not.toContain('测试公开乙');
    expect(await liquidChlorine()).toMatchObject({ pipelineCount: 0, projectCount: 0 });
  });
});
