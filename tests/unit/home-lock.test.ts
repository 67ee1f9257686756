import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockHome } from '../../db/bundled-neo4j/home-lock.ts';

describe('lockHome', () => {
  const dir = () => mkdtempSync(path.join(os.tmpdir(), 'lock-'));

  it('refuses a home that a running process holds, and names that process', async () => {
    const lockFile = path.join(dir(), 'chain-atlas.lock');
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(lockFile, String(holder.pid));
      expect(() => lockHome(lockFile, '/some/home')).toThrow(`already running on /some/home (process ${holder.pid})`);
    } finally {
      holder.kill();
    }
  });

  it('takes over a lock left by a process that is gone, and releases it', () => {
    const lockFile = path.join(dir(), 'chain-atlas.lock');
    writeFileSync(lockFile, '2147483646');
    const release = lockHome(lockFile, '/some/home');
    expect(existsSync(lockFile)).toBe(true);
    release();
    expect(existsSync(lockFile)).toBe(false);
  });
});
