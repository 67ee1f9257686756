import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../core/config.ts';

// pretest has generated the SDL types these checks read.
function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: projectRoot, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('types', () => {
  it('the server, seed and tests pass tsc in strict mode', () => {
    const { status, output } = run('npx', ['tsc', '--noEmit', '-p', '.']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('the web app passes svelte-check', () => {
    const { status, output } = run('npx', ['svelte-check', '--tsconfig', 'web/tsconfig.json', '--threshold', 'error', '--output', 'machine']);
    expect(output).toMatch(/COMPLETED \d+ FILES 0 ERRORS/);
    expect(status).toBe(0);
  });
});
