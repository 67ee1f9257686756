import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { creditCodeCheckDigit } from '../../core/credit-code.ts';
import type { Database, Transaction } from '../../db/database.ts';
import { importFile } from '../../import/import-file.ts';
import { decideProposal } from '../../import/review/decide-proposal.ts';
import type { ProposalItem } from '../../import/review/find-proposals.ts';
import { listProposals } from '../../import/review/list-proposals.ts';
import { undoImport } from '../../import/undo/undo-import.ts';
import { inRolledBackTransaction } from '../helpers/rolled-back.ts';

// The review queue (import/review/) on a roster whose firms a word in their name places on
// new-energy-vehicle segments, with too little confidence to write a MAKES: each test imports it in a
// province of its own (96, which GB/T 2260 does not use) inside a transaction rolled back afterwards,
// so the other test files, import.test.ts's censuses included, never see it.
const dir = mkdtempSync(path.join(os.tmpdir(), 'chain-atlas-review-'));
const code = (body: string) => `${body}${creditCodeCheckDigit(body)}`;
const firms = {
  motors: { name: '审核测试驱动电机有限公司', credit: code('91960101TEXT00031'), segment: 'drive-motors' },
  thermal: { name: '审核测试热管理有限公司', credit: code('91960101TEXT00032'), segment: 'thermal-management' },
  charging: { name: '审核测试充电桩有限公司', credit: code('91960101TEXT00033'), segment: 'charging-swapping-infrastructure' },
};
const firmId = (firm: { credit: string }) => `firm-${firm.credit}`;
const proposalOf = (firm: { credit: string; segment: string }) => `proposal-makes-${firmId(firm)}-${firm.segment}`;

/** The roster, with the motors firm's registered capital as given (a corrected file changes it). */
function roster(name: string, capital = '5000万元'): string {
  const file = path.join(dir, name);
  const header = ['企业名称', '统一社会信用代码', '登记状态', '注册资本', '所属省份', '所属城市', '所属区县'];
  const rows = Object.values(firms).map((f, i) => [f.name, f.credit, '存续', i === 0 ? capital : '', '审核测试省', '审核测试市', '审核测试县']);
  writeFileSync(file, [header, ...rows].map((row) => row.join(',')).join('\n'));
  return file;
}
const file = roster('test-review-roster.csv');
const corrected = roster('test-review-roster-corrected.csv', '6000万元');

const at = new Date('2026-01-02T03:04:05Z');

/** Runs a test in its own rolled-back transaction, on the test regions. */
function withRegions<T>(work: (db: Database, tx: Transaction) => Promise<T>): Promise<T> {
  return inRolledBackTransaction(async (db, tx) => {
    await tx.run({
      name: 'test/review-regions',
      text: `CREATE (p:Region:Province {code: '96', name: '审核测试省', level: 'province', sourceName: '审核测试省', searchText: '审核测试省'})
             CREATE (c:Region:City {code: '9601', name: '审核测试市', level: 'city', sourceName: '审核测试市', searchText: '审核测试市'})-[:PART_OF]->(p)
             CREATE (:Region:County {code: '960101', name: '审核测试县', level: 'county', sourceName: '审核测试县', searchText: '审核测试县'})-[:PART_OF]->(c)`,
    });
    return work(db, tx);
  });
}

/** The same, with the roster imported. */
const withImport = <T>(work: (db: Database, tx: Transaction, importId: string) => Promise<T>): Promise<T> =>
  withRegions(async (db, tx) => work(db, tx, (await importFile(db, file, { by: 'tester' })).id));

const probe = (tx: Transaction, text: string, params: Record<string, unknown> = {}) => tx.run<Record<string, unknown>>({ name: 'test/probe', text }, params);
/** The MAKES of one firm: segment, and the relationship's properties. */
const makes = (tx: Transaction, firm: { credit: string }) =>
  probe(tx, 'MATCH (:Firm {id: $id})-[r:MAKES]->(s:Segment) RETURN s.id AS segment, properties(r) AS r ORDER BY segment', { id: firmId(firm) });
const presence = async (tx: Transaction, segment: string) =>
  (await probe(tx, "MATCH (p:Presence {place: '960101', segment: $segment}) RETURN p.firmCount AS firms, p.firmIds AS ids", { segment }))[0];
/** What this file's imports put in the graph, counted by kind (the database is shared: nothing else is counted). */
const census = async (tx: Transaction) =>
  (await probe(tx, `
    CALL () { MATCH (f:Firm)-[:LOCATED_IN]->(:Region {code: '960101'}) RETURN count(f) AS firms }
    CALL () { MATCH (f:Firm)-[r:MAKES]->(:Segment) WHERE f.id STARTS WITH 'firm-91960101' RETURN count(r) AS makes }
    CALL () { MATCH (x:Proposal)-[:OF]->(f:Firm) WHERE f.id STARTS WITH 'firm-91960101' RETURN count(x) AS proposals }
    CALL () { MATCH (s:Source) WHERE s.file STARTS WITH 'test-review-' RETURN count(s) AS imports }
    CALL () { MATCH (p:Presence) WHERE p.place STARTS WITH '96' RETURN count(p) AS presence }
    RETURN firms, makes, proposals, imports, presence`))[0];

describe('the review queue', () => {
  it('lists an import’s proposals, pending first, with their firm, segment, chain and import, a page at a time', async () => {
    await withImport(async (db, _tx, importId) => {
      const all = await listProposals(db, { import: importId, first: 50 });
      expect(all.items.map((i) => i.id).sort()).toEqual(Object.values(firms).map(proposalOf).sort());
      expect(all.total).toBe(3);
      expect(all.items.find((i) => i.id === proposalOf(firms.motors))).toEqual({
        id: proposalOf(firms.motors), kind: 'makes', status: 'pending', method: 'keyword', matched: expect.stringContaining('驱动电机'),
        confidence: expect.any(Number), import: importId, file: 'test-review-roster.csv', row: 2,
        entity: { id: firmId(firms.motors), label: 'Firm', name: firms.motors.name, regionName: '审核测试县' },
        segment: { id: 'drive-motors', name: '驱动电机', chainId: 'new-energy-vehicles', chainName: expect.any(String) },
        decidedBy: null, decidedAt: null, movedTo: null,
      } satisfies ProposalItem);
      const confidences = all.items.map((i) => i.confidence);
      expect(confidences).toEqual([...confidences].sort((a, b) => b - a));

      const first = await listProposals(db, { import: importId, first: 2 });
      const second = await listProposals(db, { import: importId, first: 2, after: first.endCursor });
      expect([first.total, second.total]).toEqual([3, 3]);
      expect([...first.items, ...second.items].map((i) => i.id)).toEqual(all.items.map((i) => i.id));
      expect(second.items).toHaveLength(1);
      const beyond = await listProposals(db, { import: importId, first: 2, after: second.endCursor });
      expect(beyond).toEqual({ items: [], total: 3, endCursor: null });

      expect((await listProposals(db, { import: importId, chain: 'new-energy-vehicles', kind: 'makes', status: 'pending', first: 50 })).total).toBe(3);
      expect((await listProposals(db, { import: importId, chain: 'salt-chemical', first: 50 })).total).toBe(0);
      expect((await listProposals(db, { import: importId, kind: 'adds', first: 50 })).total).toBe(0);
      expect((await listProposals(db, { import: importId, status: 'rejected', first: 50 })).total).toBe(0);

      // Decided, a proposal goes after every pending one, in the queue of every import too.
      await decideProposal(db, { id: all.items[0]!.id, decision: 'reject', by: 'reviewer', now: at });
      const after = await listProposals(db, { import: importId, first: 50 });
      expect(after.items.map((i) => i.status)).toEqual(['pending', 'pending', 'rejected']);
      const pending = await listProposals(db, { status: 'pending', chain: 'new-energy-vehicles', first: 500 });
      expect(pending.items.filter((i) => i.import === importId)).toHaveLength(2);
    });
  });

  it('accepts: the firm makes the segment by a person’s MAKES, and the chain map’s presence counts it', async () => {
    await withImport(async (db, tx) => {
      expect(await makes(tx, firms.motors)).toEqual([]);
      expect(await presence(tx, 'drive-motors')).toBeUndefined();
      const item = await decideProposal(db, { id: proposalOf(firms.motors), decision: 'accept', by: 'reviewer', now: at });
      expect(item).toMatchObject({ status: 'accepted', decidedBy: 'reviewer', decidedAt: expect.stringMatching(/^2026-01-02T03:04:05/), movedTo: null });
      const [placed] = await makes(tx, firms.motors);
      expect(placed).toEqual({
        segment: 'drive-motors',
        r: { method: 'person', matched: item.matched, confidence: 1, proposal: item.id, decidedBy: 'reviewer', decidedAt: item.decidedAt },
      });
      expect(await presence(tx, 'drive-motors')).toEqual({ firms: 1, ids: [firmId(firms.motors)] });
    });
  });

  it('rejects: no MAKES; importing the same or a corrected file proposes no decided pair again and keeps a person’s MAKES', async () => {
    await withImport(async (db, tx, importId) => {
      await decideProposal(db, { id: proposalOf(firms.thermal), decision: 'reject', by: 'reviewer', now: at });
      await decideProposal(db, { id: proposalOf(firms.motors), decision: 'accept', by: 'reviewer', now: at });
      await decideProposal(db, { id: proposalOf(firms.charging), decision: 'move', segment: 'motor-controllers', by: 'reviewer', now: at });
      expect(await makes(tx, firms.thermal)).toEqual([]);
      const counts = await census(tx);

      const again = await importFile(db, file);
      expect(again.placements.plan).toMatchObject({ writes: [], known: 3 });
      expect(again.written).toBeNull();
      expect(await census(tx)).toEqual(counts);

      const fixed = await importFile(db, corrected, { now: new Date(Date.now() + 2_000) });
      expect(fixed.counts).toMatchObject({ changed: 1, unchanged: 2 });
      expect(fixed.placements.plan).toMatchObject({ writes: [], known: 3 });
      expect(await census(tx)).toEqual({ ...counts, imports: counts!.imports as number + 1 });
      expect((await makes(tx, firms.motors)).map((m) => m.r)).toMatchObject([{ method: 'person', proposal: proposalOf(firms.motors) }]);
      expect((await makes(tx, firms.charging)).map((m) => [m.segment, (m.r as { method: string }).method])).toEqual([['motor-controllers', 'person']]);
      const decided = await listProposals(db, { import: importId, first: 50 });
      expect(Object.fromEntries(decided.items.map((i) => [i.entity.name, i.status]))).toEqual({
        [firms.motors.name]: 'accepted', [firms.thermal.name]: 'rejected', [firms.charging.name]: 'moved',
      });
    });
  });

  it('moves to another segment of the chain, and a decision taken again replaces the placement of the one before', async () => {
    await withImport(async (db, tx) => {
      const id = proposalOf(firms.charging);
      const moved = await decideProposal(db, { id, decision: 'move', segment: 'motor-controllers', by: 'reviewer', now: at });
      expect(moved).toMatchObject({ status: 'moved', segment: { id: 'charging-swapping-infrastructure' }, movedTo: { id: 'motor-controllers', name: expect.any(String) } });
      expect(await makes(tx, firms.charging)).toEqual([{ segment: 'motor-controllers', r: expect.objectContaining({ method: 'person', proposal: id, confidence: 1 }) }]);
      expect(await presence(tx, 'motor-controllers')).toMatchObject({ firms: 1 });

      const accepted = await decideProposal(db, { id, decision: 'accept', by: 'second reviewer', now: at });
      expect(accepted).toMatchObject({ status: 'accepted', decidedBy: 'second reviewer', movedTo: null });
      expect((await makes(tx, firms.charging)).map((m) => m.segment)).toEqual(['charging-swapping-infrastructure']);
      expect(await presence(tx, 'motor-controllers')).toBeUndefined();

      await decideProposal(db, { id, decision: 'reject', by: 'reviewer', now: at });
      expect(await makes(tx, firms.charging)).toEqual([]);
      expect(await presence(tx, 'charging-swapping-infrastructure')).toBeUndefined();
    });
  });

  it('refuses an unknown proposal, a move without a segment, to an unknown one, to its own, to another chain’s, or where the firm already is', async () => {
    await withImport(async (db, tx, importId) => {
      const id = proposalOf(firms.motors);
      const decide = (request: Partial<Parameters<typeof decideProposal>[1]>) => decideProposal(db, { id, decision: 'move', by: 'reviewer', ...request });
      await expect(decide({ id: 'proposal-makes-none', decision: 'accept' })).rejects.toMatchObject({ code: 'unknownProposal', message: expect.stringContaining('proposal-makes-none') });
      await expect(decide({})).rejects.toMatchObject({ code: 'moveNeedsSegment' });
      await expect(decide({ segment: 'no-such-segment' })).rejects.toMatchObject({ code: 'unknownSegment', message: expect.stringContaining('no-such-segment') });
      await expect(decide({ segment: 'drive-motors' })).rejects.toMatchObject({ code: 'moveToSameSegment' });
      await expect(decide({ segment: 'caustic-soda' })).rejects.toMatchObject({ code: 'moveToOtherChain', message: expect.stringContaining('caustic-soda') });
      await expect(decide({ decision: 'accept', segment: 'motor-controllers' })).rejects.toMatchObject({ code: 'segmentOnlyForMove' });
      await expect(listProposals(db, { first: 5, after: 'not-a-cursor' })).rejects.toMatchObject({ code: 'badProposalCursor' });
      // As if a person had placed the firm on motor-controllers by hand: a move there would place it twice.
      await probe(tx, "MATCH (f:Firm {id: $id}), (s:Segment {id: 'motor-controllers'}) CREATE (f)-[:MAKES {method: 'person'}]->(s)", { id: firmId(firms.motors) });
      await expect(decide({ segment: 'motor-controllers' })).rejects.toMatchObject({ code: 'alreadyPlaced' });
      // A refused decision wrote nothing.
      const queue = await listProposals(db, { import: importId, first: 50 });
      expect(queue.items.map((i) => i.status)).toEqual(['pending', 'pending', 'pending']);
    });
  });

  it('undone, the import takes the MAKES a person made by deciding its proposals with it, leaving the counts as before', async () => {
    await withRegions(async (db, tx) => {
      const before = await census(tx);
      const { id } = await importFile(db, file);
      await decideProposal(db, { id: proposalOf(firms.motors), decision: 'accept', by: 'reviewer', now: at });
      await decideProposal(db, { id: proposalOf(firms.charging), decision: 'move', segment: 'motor-controllers', by: 'reviewer', now: at });
      await decideProposal(db, { id: proposalOf(firms.thermal), decision: 'reject', by: 'reviewer', now: at });
      expect(await census(tx)).toMatchObject({ firms: 3, makes: 2, proposals: 3, imports: 1, presence: expect.any(Number) });
      const undone = await undoImport(db, id);
      expect(undone).toMatchObject({ placements: 2, proposals: 3, deleted: 3 });
      expect(await census(tx)).toEqual(before);
    });
  });
});
