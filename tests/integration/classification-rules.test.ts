import { describe, expect, it } from 'vitest';
import { sortRuleRows, type SegmentRuleRow } from '../../core/classification-rules.ts';
import { cypher } from '../../db/cypher-files.ts';
import { readClassificationRules } from '../../import/classify/read-rules.ts';
import { classificationRuleRows } from '../../seed/classification-rule-rows.ts';
import { readSeed } from '../../seed/read-seed.ts';
import { seedRows } from '../../seed/seed-rows.ts';
import { testDatabase } from '../helpers/database.ts';
import { probe } from '../helpers/probe.ts';

const db = await testDatabase();
const seed = readSeed();
// The run's database also holds the analytics fixture's chains (tests/fixtures/), which have no rules.
const seedChains = new Set(seed.chains.map((c) => c.id));

describe('the classification rules in the graph', () => {
  it('read back equal to seed/chains/*.yaml and seed/industry-codes.yaml', async () => {
    const rows = await db.read<SegmentRuleRow>(cypher('classify/classification-rules'));
    expect(sortRuleRows(rows.filter((r) => seedChains.has(r.chain)))).toEqual(sortRuleRows(classificationRuleRows(seed)));
  });

  it('hold each code once per edition, with its published name, naming its segments', async () => {
    const [row] = await probe(
      db,
      "MATCH (i:IndustryCode) OPTIONAL MATCH (i)-[n:NAMES]->() RETURN count(DISTINCT i) AS codes, count(DISTINCT [i.code, i.edition]) AS keys, count(n) AS names",
    );
    expect(row).toEqual({
      codes: seed.industryCodes.length,
      keys: seed.industryCodes.length,
      names: seed.industryCodes.reduce((n, c) => n + c.segments.length, 0),
    });
    const [saltCode] = await probe(db, "MATCH (i:IndustryCode {code: '2612', edition: 2017})-[n:NAMES]->(s) RETURN i.name AS name, collect(s.id) AS segments, collect(DISTINCT n.ambiguous) AS ambiguous");
    expect(saltCode).toMatchObject({ name: '无机碱制造', ambiguous: [true] });
    expect(saltCode!.segments).toEqual(expect.arrayContaining(['caustic-soda', 'soda-ash']));
  });

  it('lose on a reload what the file dropped: a code, and a segment of a code (checked in a transaction rolled back)', async () => {
    const [first, second, ...rest] = seedRows(seed).industryCodes;
    const trimmed = [{ ...second!, segments: second!.segments.slice(1) }, ...rest];
    const rolledBack = new Error('roll back');
    const attempt = db.writeTransaction('test/delete-stale-industry-codes', async (tx) => {
      await tx.run(cypher('classify/delete-stale-industry-codes'), { codes: trimmed });
      const left = await tx.run<SegmentRuleRow>(cypher('classify/classification-rules'));
      expect(left.some((r) => r.codes.some((c) => c.code === first!.code))).toBe(false);
      const namedBySecond = left.filter((r) => r.codes.some((c) => c.code === second!.code)).map((r) => r.segment);
      expect(namedBySecond.sort()).toEqual(second!.segments.slice(1).sort());
      throw rolledBack;
    });
    await expect(attempt).rejects.toBe(rolledBack);
    expect((await probe(db, 'MATCH (i:IndustryCode) RETURN count(i) AS n'))[0]).toEqual({ n: seed.industryCodes.length });
  });

  it('are what the importer reads: the rules indexed by code', async () => {
    const rules = await readClassificationRules(db);
    expect(rules.segments.filter((s) => seedChains.has(s.chain))).toHaveLength(seed.chains.reduce((n, c) => n + c.segments.length, 0));
    expect(rules.byCode.get('3841')!.segments.map((s) => s.segment).sort()).toEqual(
      ['consumer-batteries', 'energy-storage-batteries', 'lithium-ion-cells', 'power-battery-packs'],
    );
  });
});
