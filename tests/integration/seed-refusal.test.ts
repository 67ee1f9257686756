import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { census, loadSeed } from '../../seed/load-seed.ts';
import { readSeed, seedRoot } from '../../seed/read-seed.ts';
import { SeedError } from '../../seed/seed-error.ts';
import { testDatabase } from '../helpers/database.ts';
import { probe } from '../helpers/probe.ts';

const db = await testDatabase();

/** A copy of seed/ whose article about 新干 gains a new firm, then has `spoil` applied to its text. */
function seedCopyWithNewFirm(spoil: (yaml: string) => string): { root: string; file: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'seed-'));
  cpSync(seedRoot, root, { recursive: true, filter: (src) => !src.endsWith('.ts') });
  const file = path.join(root, 'articles', 'xingan-industry-2024q1.yaml');
  const newFirm = `
  - id: a-firm-only-this-test-adds
    name: 测试企业
    region: "360824"
    evidence: "资料显示,新干县有四大主导产业,即盐化工、机械机电两大强县产业,箱包皮具和灯饰照明两大富民产业。"
`;
  writeFileSync(file, spoil(readFileSync(file, 'utf8').replace(/^firms:\n/m, `firms:${newFirm}`)));
  return { root, file };
}

async function expectRefused(root: string, message: RegExp) {
  const before = await census(db);
  const attempt = loadSeed(db, () => undefined, root);
  await expect(attempt).rejects.toBeInstanceOf(SeedError);
  await expect(attempt).rejects.toThrow(message);
  expect(await census(db)).toEqual(before);
  expect(await probe(db, "MATCH (f:Firm {id: 'a-firm-only-this-test-adds'}) RETURN f")).toEqual([]);
}

describe('a seed file with one bad entry', () => {
  it('is refused with the file, the entry and the field named, and nothing of it is loaded', async () => {
    const { root } = seedCopyWithNewFirm((yaml) => yaml.replace('status: signed', 'status: almost-signed'));
    await expectRefused(root, /xingan-industry-2024q1\.yaml: projects\[0\] \(gannan-pharma-capsules-xiajiang\): field "status" Invalid option/);
  });

  it('is refused when an entry refers to a segment that no chain has', async () => {
    const { root } = seedCopyWithNewFirm((yaml) => yaml.replace('adds: [empty-capsules]', 'adds: [no-such-segment]'));
    await expectRefused(root, /projects\[0\] \(gannan-pharma-capsules-xiajiang\): field "adds" refers to unknown segment "no-such-segment"/);
  });

  it('is refused when its evidence is not a sentence of the article', async () => {
    const { root } = seedCopyWithNewFirm((yaml) => yaml.replace('name: 测试企业', 'name: 测试企业\n    note: x').replace(
      'evidence: "资料显示,新干县有四大主导产业,即盐化工、机械机电两大强县产业,箱包皮具和灯饰照明两大富民产业。"\n', 'evidence: "新干县有五大主导产业。"\n'));
    await expectRefused(root, /firms\[0\] \(a-firm-only-this-test-adds\): field "evidence" is not a sentence of 000_21afc4c4c016eecc\.txt/);
  });

  // Other test files share the database and compare its counts, so this one only reads the copy.
  it('passes every check once the entry is right (the copy itself is sound)', () => {
    const { root } = seedCopyWithNewFirm((yaml) => yaml);
    const seed = readSeed(root);
    expect(seed.articles.find((a) => a.source.id === 'xingan-industry-2024q1')!.firms[0]!.id).toBe('a-firm-only-this-test-adds');
  });
});
