import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serve } from '../../api/http/serve.ts';
import type { EditorAccess } from '../../core/config.ts';
import { projectRoot } from '../../core/config.ts';
import { testDatabase } from '../helpers/database.ts';
import { probe } from '../helpers/probe.ts';

// An editor pastes an article and reads what it states, as proposals against the graph: a firm
// the graph knows is linked, whatever characters the article writes it in, and nothing is written.
const db = await testDatabase();
const TOKEN = 'test-editor-token-article-0123456789';
const access: EditorAccess = { token: TOKEN, uploadsDir: mkdtempSync(path.join(os.tmpdir(), 'chain-atlas-uploads-')), uploadMaxBytes: 1024 * 1024 };
const served = await serve(db, '127.0.0.1', 0, access, { rateLimitPerMinute: 0 });
afterAll(() => served.close());

const source = (file: string) => readFileSync(path.join(projectRoot, 'seed/articles/sources', file), 'utf8');
/** 新干 and 峡江, 2024 Q1 (Simplified); 郴州, 2022 (Traditional). */
const XINGAN = source('000_21afc4c4c016eecc.txt');
const CHENZHOU = source('002_c0ffa7fe100a08b4.txt');

const QUERY = `query($input: ArticleInput!, $language: Language) {
  articleProposals(input: $input, language: $language) {
    file title publishedOn script sentences
    proposals { kind fields { name value shown } sentence confidence why }
  }
}`;

interface Field { name: string; value: string; shown: string | null }
interface Proposal { kind: string; fields: Field[]; sentence: number; confidence: number; why: string }
interface Answer {
  data?: { articleProposals: { file: string | null; title: string | null; publishedOn: string | null; script: string; sentences: string[]; proposals: Proposal[] } };
  errors?: { message: string; extensions: { code: string; reason?: string } }[];
}

async function ask(input: Record<string, unknown>, { editor = true, language = 'ZH' } = {}): Promise<Answer> {
  const response = await fetch(`${served.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(editor ? { authorization: `Bearer ${TOKEN}` } : {}) },
    body: JSON.stringify({ query: QUERY, variables: { input, language } }),
  });
  return (await response.json()) as Answer;
}

const field = (proposal: Proposal, name: string) => proposal.fields.find((f) => f.name === name);
const named = (proposals: Proposal[], kind: string, name: string) => proposals.filter((p) => p.kind === kind && field(p, 'name')?.value === name);

describe('articleProposals', () => {
  it('reads an article into proposals, each pointing at its sentence, with known firms linked and nothing written', async () => {
    const [before] = await probe(db, 'MATCH (n) RETURN count(n) AS nodes');
    const { data, errors } = await ask({ text: XINGAN, publishedOn: '2024-05-23' });
    expect(errors).toBeUndefined();
    const read = data!.articleProposals;
    expect(read.script).toBe('SIMPLIFIED');
    expect(read.publishedOn).toBe('2024-05-23');
    expect(read.title).toBe('扭转工业负增长局面 新干如何逆势破局?');
    for (const proposal of read.proposals) {
      expect(read.sentences[proposal.sentence], JSON.stringify(proposal)).toBeDefined();
      expect(XINGAN).toContain(read.sentences[proposal.sentence]);
      expect(proposal.confidence).toBeGreaterThan(0);
      expect(proposal.confidence).toBeLessThanOrEqual(1);
    }

    // The seed's firm is linked by its id, and shown by its name.
    const [transformer] = named(read.proposals, 'FIRM', '江西赣中变压器有限公司');
    expect(field(transformer!, 'known')).toEqual({ name: 'known', value: 'jiangxi-ganzhong-transformer', shown: '江西赣中变压器有限公司' });
    // 2月27日 read against the publication date; the signing as the project's status.
    const capsules = read.proposals.find((p) => p.kind === 'PROJECT' && field(p, 'name')?.value.includes('胶囊'));
    expect(field(capsules!, 'signedOn')?.value).toBe('2024-02-27');
    expect(field(capsules!, 'status')?.value).toBe('signed');
    expect(read.sentences[capsules!.sentence]).toContain('2月27日');
    // Why, in the asked language (Chinese by default).
    expect(capsules!.why).toContain('状态取自「');
    // A place by its short name, shown by its full one.
    const xingan = read.proposals.find((p) => p.kind === 'PLACE' && field(p, 'region')?.value === '360824');
    expect(field(xingan!, 'region')?.shown).toBe('新干县');

    const [after] = await probe(db, 'MATCH (n) RETURN count(n) AS nodes');
    expect(after).toEqual(before);
  });

  it('links a known firm that a Traditional article writes in Traditional characters, and keeps the sentence as written', async () => {
    const { data, errors } = await ask({ text: CHENZHOU });
    expect(errors).toBeUndefined();
    const read = data!.articleProposals;
    expect(read.script).toBe('TRADITIONAL');
    const linked = read.proposals.filter((p) => p.kind === 'FIRM' && field(p, 'known'));
    expect(linked.length).toBeGreaterThan(0);
    for (const proposal of linked) expect(CHENZHOU).toContain(read.sentences[proposal.sentence]);
    // At least one of them is written in Traditional characters in its sentence (郴州 firms: 華磊光電…).
    expect(linked.some((p) => /[華電興無產業]/.test(read.sentences[p.sentence]!))).toBe(true);
  });

  it('reads an uploaded web page (POST /uploads, then its id), its heading as the title', async () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>站点 - 新闻</title><script>var x = "不是正文";</script></head>
      <body><h1>新干如何逆势破局</h1>${XINGAN.split('\n').slice(5).map((line) => `<p>${line}</p>`).join('')}</body></html>`;
    const sent = await fetch(`${served.url}/uploads`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent('新干.html'), authorization: `Bearer ${TOKEN}` },
      body: new TextEncoder().encode(html),
    });
    expect(sent.status).toBe(201);
    const { upload } = (await sent.json()) as { upload: string };
    const { data, errors } = await ask({ upload, publishedOn: '2024-05-23' });
    expect(errors).toBeUndefined();
    expect(data!.articleProposals).toMatchObject({ file: '新干.html', title: '新干如何逆势破局' });
    expect(data!.articleProposals.sentences.join('')).not.toContain('不是正文');
    expect(named(data!.articleProposals.proposals, 'FIRM', '江西赣中变压器有限公司')).toHaveLength(1);
  });

  it('takes the article as text or as an upload, one of the two', async () => {
    for (const input of [{}, { text: XINGAN, upload: 'a'.repeat(64) }]) {
      const { errors } = await ask(input);
      expect(errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    }
    expect((await ask({ upload: 'b'.repeat(64) })).errors![0]!.extensions.code).toBe('NOT_FOUND');
  });

  it.each([
    ['empty text', { text: '  \n ' }, 'emptyText'],
    ['an article in another language', { text: 'The county signed three projects this quarter, worth 2.5 billion yuan in all. '.repeat(20) }, 'notChinese'],
  ])('refuses %s with ARTICLE_REFUSED and its reason, in the asked language, writing nothing', async (_, input, reason) => {
    const zh = await ask(input);
    expect(zh.data ?? null).toBeNull();
    expect(zh.errors![0]!.extensions).toMatchObject({ code: 'ARTICLE_REFUSED', reason });
    expect(zh.errors![0]!.message).toMatch(/\p{Script=Han}/u);
    const en = await ask(input, { language: 'EN' });
    expect(en.errors![0]!.message).not.toMatch(/\p{Script=Han}{3}/u);
  });

  it('refuses a publication date that is not one, with BAD_DATE', async () => {
    const { errors } = await ask({ text: XINGAN, publishedOn: '2024-02-30' });
    expect(errors![0]!.extensions.code).toBe('BAD_DATE');
    expect(errors![0]!.message).toContain('YYYY-MM-DD');
  });

  it('is for editors only', async () => {
    const { data, errors } = await ask({ text: XINGAN }, { editor: false });
    expect(data ?? null).toBeNull();
    expect(errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
  });
});
