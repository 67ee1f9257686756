import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import { describe, expect, inject, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { undoArticle } from '../../ingest/review/undo-article.ts';
import { probe } from '../helpers/probe.ts';

const root = path.join(import.meta.dirname, '../..');
const db = await testDatabase();
const run = promisify(execFile);
const scratch = mkdtempSync(path.join(os.tmpdir(), 'chain-atlas-ingest-cli-'));

/** `npm run ingest -- …` as a user runs it, on the run's database (NEO4J_URI): the exit code and what it printed. */
async function ingestCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { uri, user, password, database } = inject('neo4j');
  const env = { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, ...(database ? { NEO4J_DATABASE: database } : {}) };
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', ...args], { cwd: root, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const XINGAN = readFileSync(path.join(root, 'seed/articles/sources/000_21afc4c4c016eecc.txt'), 'utf8');
const file = (name: string, bytes: Uint8Array | string) => {
  const at = path.join(scratch, name);
  writeFileSync(at, bytes);
  return at;
};

describe('npm run ingest', () => {
  it('reads a GBK text file and prints its proposals as JSON, one object per fact with its sentence, writing nothing', async () => {
    const [before] = await probe(db, 'MATCH (n) RETURN count(n) AS nodes');
    const { code, stdout, stderr } = await ingestCli(file('xingan-gbk.txt', iconv.encode(XINGAN, 'gbk')), '--json', '--source-title', '新干逆势破局');
    expect(code, stderr).toBe(0);
    const { article, proposals } = JSON.parse(stdout) as { article: Record<string, unknown>; proposals: { kind: string; fields: Record<string, unknown>; sentence: string; confidence: number }[] };
    // The byline's date (2024-05-23 04:31) is the publication date when none is given.
    expect(article).toEqual({ file: 'xingan-gbk.txt', title: '新干逆势破局', publishedOn: '2024-05-23', script: 'simplified' });
    expect(proposals.length).toBeGreaterThan(20);
    for (const proposal of proposals) {
      expect(XINGAN).toContain(proposal.sentence);
      expect(Object.keys(proposal)).toEqual(expect.arrayContaining(['kind', 'fields', 'sentence', 'confidence']));
    }
    expect(proposals).toContainEqual(expect.objectContaining({ kind: 'firm', fields: { name: '江西赣中变压器有限公司', known: 'jiangxi-ganzhong-transformer' } }));
    const [after] = await probe(db, 'MATCH (n) RETURN count(n) AS nodes');
    expect(after).toEqual(before);
  });

  it('prints them for a person, grouped by sentence, and --published overrides the byline', async () => {
    const { code, stdout } = await ingestCli(file('xingan.txt', XINGAN), '--published', '2025-05-23');
    expect(code).toBe(0);
    expect(stdout).toMatch(/第 \d+ 句：“2月27日,他先后参加江西赣南制药有限公司/);
    // 2月27日 is now read as 2025's.
    expect(stdout).toContain('signedOn=2025-02-27');
    expect(stdout).toMatch(/共 \d+ 条提议，来自 \d+ 个句子。/);
  });

  it.each([
    ['an empty file', () => file('empty.txt', ''), /空|empty/],
    ['a PDF', () => file('report.pdf', '%PDF-1.7\n'), /\.pdf/],
    ['an English text', () => file('english.txt', 'The county signed three projects worth 2.5 billion yuan. '.repeat(20)), /不是中文/],
    ['a file that is not there', () => path.join(scratch, 'missing.txt'), /ENOENT|no such file/],
  ])('refuses %s in one sentence, with exit code 2', async (_, path, message) => {
    const { code, stdout, stderr } = await ingestCli(path());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^chain-atlas ingest: /m);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('--keep keeps the article for review, says where, and keeping it again keeps it once', async () => {
    // SYNTHETIC text, written for this test; undone at the end, so the other files never see it.
    const synthetic = file('kept.txt', '测试县卯工业经济稳中有进\n3月5日，测试县卯签约测试盐业有限公司年产30万吨离子膜烧碱项目，总投资超20亿元。\n');
    const first = await ingestCli(synthetic, '--keep', '--by', 'tester', '--json');
    expect(first.code, first.stderr).toBe(0);
    const id = /已送审：文章 (article-[0-9a-f]{12})，在网页“导入文章”中审核：#\/article\?id=\1/.exec(first.stderr)?.[1];
    expect(id, first.stderr).toBeDefined();
    try {
      const [kept] = await probe(db, 'MATCH (s:Source {id: $id}) RETURN s.importedBy AS by, s.file AS file, COUNT { (:ArticleProposal)-[:FROM]->(s) } AS proposals', { id });
      const printed = (JSON.parse(first.stdout) as { proposals: unknown[] }).proposals.length;
      expect(kept).toEqual({ by: 'tester', file: 'kept.txt', proposals: expect.any(Number) });
      expect(kept!.proposals).toBeGreaterThan(0);
      expect(kept!.proposals).toBeLessThanOrEqual(printed);
      const again = await ingestCli(synthetic, '--keep', '--lang', 'en');
      expect(again.stderr).toContain(`This article was kept before (${id}); its proposals and decisions stand`);
      const [count] = await probe(db, 'MATCH (s:Source {id: $id}) RETURN count(s) AS sources', { id });
      expect(count).toEqual({ sources: 1 });
    } finally {
      await undoArticle(db, id!);
    }
  });

  it('names a bad option with the usage', async () => {
    const { code, stderr } = await ingestCli(file('x.txt', XINGAN), '--published', '2024-02-30');
    expect(code).toBe(2);
    expect(stderr).toContain('--published must be a date written YYYY-MM-DD');
    expect(stderr).toContain('npm run ingest -- FILE');
  });
});
