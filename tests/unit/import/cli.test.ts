import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = path.join(import.meta.dirname, '../../..');
const run = promisify(execFile);

/** `npm run import -- …` as a user runs it: the exit code and what it printed. */
async function importCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'import/cli.ts', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// The example files' known content: examples/import/make-examples.ts and its README.
describe('npm run import on the example files', () => {
  it('previews the roster: title row skipped, counts, a refused row with its row and column', async () => {
    const { code, stdout } = await importCli('examples/import/xingan-firms-example.xlsx', '--dry-run');
    expect(code).toBe(0);
    expect(stdout).toContain('工作表「企业名录」');
    expect(stdout).toContain('表头: 第 2 行');
    expect(stdout).toContain('企业类型 (firmType) ← K 「企业（机构）类型」');
    expect(stdout).toContain('读取 43 行 · 可导入 38 · 拒绝 5（其中文件内重复 1）');
    expect(stdout).toContain('注销/吊销 2');
    expect(stdout).toMatch(/第 26 行 · I 列「所属区县」 · 值「新千县」：找不到地区「新千县」（在 江西省 吉安市 之下）/);
    expect(stdout).toMatch(/第 10 行 · F 列「统一社会信用代码」 · 值「91360824EXAMPL090.」：校验位不符/);
  });

  it('previews the GBK ledger in English', async () => {
    const { code, stdout } = await importCli('examples/import/xingan-projects-example.csv', '--dry-run', '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout).toContain('encoding GB18030 (detected');
    expect(stdout).toContain('46 rows read · 40 ok · 6 refused (1 duplicates in the file) · 1 in with a warning');
    expect(stdout).toContain('row 8 · column E "状态" · value "推进中": not a status we know');
    expect(stdout).toContain('row 36: neither a park nor a county is given');
  });

  it('writes nothing without --dry-run, says so and exits non-zero', async () => {
    const { code, stdout, stderr } = await importCli('examples/import/xingan-projects-example.csv');
    expect(code).toBe(1);
    expect(stdout).toContain('读取 46 行');
    expect(stderr).toContain('写入图谱尚未实现');
  });

  it('tells a bad command line or file in one line, with exit code 2', async () => {
    const bad = await importCli('examples/import/xingan-firms-example.xlsx', '--kind', 'firm');
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('--kind')]);
    const missing = await importCli('examples/import/none.csv', '--dry-run');
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('none.csv')]);
  });
});
