import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { creditCodeCheckDigit } from '../../core/credit-code.ts';
import { testDatabase } from '../helpers/database.ts';

const root = path.join(import.meta.dirname, '../..');
const db = await testDatabase();
const run = promisify(execFile);

/** `npm run import -- …` as a user runs it, on the run's database (NEO4J_URI): the exit code and what it printed. */
async function importCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { uri, user, password, database } = inject('neo4j');
  const env = { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, ...(database ? { NEO4J_DATABASE: database } : {}) };
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'import/cli.ts', ...args], { cwd: root, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// The example files' known content: examples/import/make-examples.ts and its README. Dry runs
// only: the import tests that write are in import.test.ts, in a region of their own.
describe('npm run import on the example files', () => {
  it('previews the roster against the graph: title row skipped, counts, a refused row with its row and column', async () => {
    const { code, stdout } = await importCli('examples/import/xingan-firms-example.xlsx', '--dry-run');
    expect(code).toBe(0);
    expect(stdout).toContain('工作表「企业名录」');
    expect(stdout).toContain('表头: 第 2 行');
    expect(stdout).toContain('企业类型 (firmType) ← K 「企业（机构）类型」');
    expect(stdout).toContain('读取 43 行 · 可导入 38 · 拒绝 5（其中文件内重复 1）');
    expect(stdout).toContain('注销/吊销 2');
    expect(stdout).toMatch(/第 26 行 · I 列「所属区县」 · 值「新千县」：找不到地区「新千县」（在 江西省 吉安市 之下）/);
    expect(stdout).toMatch(/第 10 行 · F 列「统一社会信用代码」 · 值「91360824EXAMPL090.」：校验位不符/);
    expect(stdout).toContain('与图谱比对: 新增 38 · 更改 0 · 未变 0 · 拒绝 5');
    expect(stdout).toContain('企业按统一社会信用代码识别');
    expect(stdout).toContain('行业代码：GB/T 4754-2017（表头为“国标行业”：企查查、天眼查现行导出即 2017 版');
    expect(stdout).toContain('归入环节（置信度 ≥ 0.7 直接写入，其余待审核）：38 家企业 · 归入 32 个环节 · 待审核 105 · 未能归入任何环节 0');
    expect(stdout).toContain('第 4 行 新干示例盐化有限公司：归入 1 · 待审核 5');
    expect(stdout).toContain('仅预览（--dry-run）：数据库未改动。');
  });

  it('previews the GBK ledger in English: a park the graph does not have is one line with its rows', async () => {
    const { code, stdout } = await importCli('examples/import/xingan-projects-example.csv', '--dry-run', '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout).toContain('encoding GB18030 (detected');
    expect(stdout).toContain('46 rows read · 40 ok · 6 refused (1 duplicates in the file) · 1 in with a warning');
    expect(stdout).toContain('row 8 · column E "状态" · value "推进中": not a status we know');
    expect(stdout).toContain('row 36: neither a park nor a county is given');
    expect(stdout).toMatch(/rows 2, 3, 5, .* · value "新干示例盐化工业园（示例）": \[warning\] no park of the graph goes by this name: placed in its county/);
    expect(stdout).toMatch(/Against the graph: 30 new · 0 changed · 0 unchanged · 16 refused · 0 investors linked/);
    expect(stdout).toMatch(/Placed on segments \(confidence ≥ 0\.7 written, the rest for review\): 30 projects · \d+ segments placed/);
  });

  it('tells a bad command line or file in one line, with exit code 2', async () => {
    const bad = await importCli('examples/import/xingan-firms-example.xlsx', '--kind', 'firm');
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('--kind')]);
    const missing = await importCli('examples/import/none.csv', '--dry-run');
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('none.csv')]);
    const neither = await importCli('--list', '--undo', 'x');
    expect([neither.code, neither.stderr]).toEqual([2, expect.stringContaining('give one of')]);
    const scopeless = await importCli('examples/import/xingan-firms-example.xlsx', '--complete-for', '新干县');
    expect([scopeless.code, scopeless.stderr]).toEqual([2, expect.stringContaining('--scope')]);
  });

  it('refuses to undo an import it does not know, naming --list', async () => {
    const { code, stderr } = await importCli('--undo', 'import-none');
    expect([code, stderr]).toEqual([2, expect.stringContaining('--list')]);
  });
});

// Written in a province of its own (93) and undone before the end, with the column choice it saves.
describe('npm run import keeps a column chosen by hand for the next file like it', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chain-atlas-cli-'));
  const code = (body: string) => `${body}${creditCodeCheckDigit(body)}`;
  // A header of its own: import-api.test.ts saves a choice for another one at the same time.
  const header = '企业名称,统一社会信用代码,登记状态,所属省份,所属城市,所属区县,主要产品';
  const file = (name: string, ...rows: string[]) => {
    const written = path.join(dir, name);
    writeFileSync(written, [header, ...rows].join('\n'));
    return written;
  };
  let importId: string | undefined;

  afterAll(async () => {
    if (importId) await importCli('--undo', importId);
    await db.write({ name: 'test/import-cli-cleanup', text: "MATCH (r:Region) WHERE r.code STARTS WITH '93' DETACH DELETE r WITH 1 AS one MATCH (l:ColumnLayout) WHERE '主要产品' IN l.header DETACH DELETE l" });
  });

  it('saves --map once the import is written, and applies it to the next file with the same header', async () => {
    await db.write({
      name: 'test/import-cli-regions',
      text: `CREATE (p:Region:Province {code: '93', name: '测试省丑', level: 'province', sourceName: '测试省丑', searchText: '测试省丑'})
             CREATE (c:Region:City {code: '9301', name: '测试市寅', level: 'city', sourceName: '测试市寅', searchText: '测试市寅'})-[:PART_OF]->(p)
             CREATE (:Region:County {code: '930101', name: '测试县卯', level: 'county', sourceName: '测试县卯', searchText: '测试县卯'})-[:PART_OF]->(c)`,
    });
    const first = file('cli-first.csv', `测试命令甲有限公司,${code('91930101CLKT00010')},存续,测试省丑,测试市寅,测试县卯,烧碱、液氯生产`);
    const second = file('cli-second.csv', `测试命令乙有限公司,${code('91930101CLKT00020')},存续,测试省丑,测试市寅,测试县卯,金属制品`);
    const chosen = '经营范围 (businessScope) ← G 「主要产品」（--map 或为同样表头保存的选择）';

    const before = await importCli(second, '--dry-run');
    expect(before.stdout).not.toContain('(businessScope)');
    const written = await importCli(first, '--map', 'businessScope=主要产品', '--by', '测试');
    expect(written.code).toBe(0);
    expect(written.stdout).toContain(chosen);
    importId = written.stdout.match(/导入编号 (\S+)（/)?.[1];
    expect(importId).toMatch(/^import-/);

    const next = await importCli(second, '--dry-run');
    expect(next.code).toBe(0);
    expect(next.stdout).toContain(chosen);
  });
});
