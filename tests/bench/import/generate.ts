/**
 * `npx tsx tests/bench/import/generate.ts --rows N --out FILE [--seed S]`: writes a synthetic
 * firm roster (tests/bench/import/synthetic-roster.ts), every row marked 合成数据 synthetic; with
 * `--county CODE --existing N --added N`, a later export of one county of the N-row roster instead.
 */
import { parseArgs } from 'node:util';
import { countyRows, RosterGenerator, rosterRows, writeCsv } from './synthetic-roster.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '16' },
    county: { type: 'string' },
    existing: { type: 'string', default: '1800' },
    added: { type: 'string', default: '200' },
  },
});
if (!values.out) throw new Error('--out FILE is required');
const generator = new RosterGenerator(Number(values.seed));
const rows = Number(values.rows);
const started = performance.now();
const written = await writeCsv(
  values.out,
  values.county ? countyRows(generator, values.county, rows, Number(values.existing), Number(values.added)) : rosterRows(generator, rows),
);
console.log(`${written.toLocaleString('en')} synthetic rows in ${values.out} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
