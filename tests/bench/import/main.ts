/**
 * `npm run bench:import -- [--rows 1000000] [--county-runs 3] [--into-synthetic]`: the import at
 * scale (issue 16). In a scratch home of its own ($CHAIN_ATLAS_HOME/bench-import/rows-N, a fresh
 * store each run, never the real graph) it seeds the real regions and chains, imports a synthetic
 * roster of N rows (synthetic-roster.ts: every row marked 合成数据 synthetic) with `npm run import`
 * as a user runs it, then re-imports one county's 2,000 rows (1,800 known firms, every fifth with
 * a changed scope, and 200 new ones) `--county-runs` times. Each import is a child process: its wall
 * time, its peak RSS in each phase (read from /proc while it runs) and its own progress lines are
 * printed (each progress line with the seconds since the start and the RSS then) and kept in
 * tests/bench/results/import-N.json.
 *
 * `--into-synthetic` re-imports the county into a copy of the `npm run synth -- --firms N` graph
 * instead (built first when missing; the copy lives in the benchmark's home, so the synthetic home
 * stays as generated): a million-firm graph in minutes rather than by importing a million rows.
 * The county's rows are then all new to the graph on the first run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot, readConfig, type Neo4jCredentials } from '../../../core/config.ts';
import { applySchema } from '../../../db/apply-schema.ts';
import { neo4jLayout } from '../../../db/bundled-neo4j/layout.ts';
import { findFreePort } from '../../../db/bundled-neo4j/require-free-port.ts';
import { startBundledNeo4j } from '../../../db/bundled-neo4j/start-bundled-neo4j.ts';
import { connect } from '../../../db/connect.ts';
import { cypher } from '../../../db/cypher-files.ts';
import { deriveIfStale } from '../../../derive/derive-analytics.ts';
import { loadSeed } from '../../../seed/load-seed.ts';
import { isCurrent, readLoadReport, syntheticHome } from '../../../seed/synthetic/synthetic-home.ts';
import { busiestCounty, countyRows, RosterGenerator, rosterRows, rowsInCounty, writeCsv } from './synthetic-roster.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    'county-runs': { type: 'string', default: '3' },
    'into-synthetic': { type: 'boolean', default: false },
    seed: { type: 'string', default: '16' },
  },
});
const rows = Number(values.rows);
const countyRuns = Number(values['county-runs']);
const config = readConfig();
const intoSynthetic = values['into-synthetic'];
const home = path.join(config.chainAtlasHome, 'bench-import', `${intoSynthetic ? 'synthetic' : 'rows'}-${rows}`);
const files = path.join(home, 'files');

interface Run {
  file: string;
  wallSeconds: number;
  /** The importer's own figures: all of it after the file's first row, and the derive at the end. */
  writeSeconds: number | null;
  deriveSeconds: number | null;
  /** Peak RSS (MB) of the importer while reading and writing, and while deriving. */
  peakRssMb: { reading: number; deriving: number };
  /** Its progress lines (stderr), each with the seconds since it started. */
  progress: string[];
  exitCode: number | null;
}

const rssOf = (pid: number): number => {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
};

/** Runs `npm run import -- FILE --lang en` as a child on the benchmark's Neo4j, watching its RSS. */
function runImport(credentials: Neo4jCredentials, file: string): Promise<Run> {
  const started = performance.now();
  const args = ['--import', 'tsx', path.join(projectRoot, 'import', 'cli.ts'), file, '--lang', 'en'];
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    env: { ...process.env, NEO4J_URI: credentials.uri, NEO4J_USER: credentials.user, NEO4J_PASSWORD: credentials.password },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const peak = { reading: 0, deriving: 0 };
  let phase: keyof typeof peak = 'reading';
  const progress: string[] = [];
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      const stamped = `${((performance.now() - started) / 1000).toFixed(1)} s  ${Math.round(rssOf(child.pid!))} MB  ${line}`;
      progress.push(stamped);
      console.log(`    ${stamped}`);
      if (line.startsWith('deriving')) phase = 'deriving';
    }
  });
  const watch = setInterval(() => (peak[phase] = Math.max(peak[phase], rssOf(child.pid!))), 250);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(watch);
      const written = /Written: import \S+ \(([\d.]+) s, of which deriving the derived rows again ([\d.]+) s\)/.exec(stdout);
      if (code !== 0) console.log(stdout.split('\n').slice(-20).join('\n'));
      resolve({
        file: path.basename(file),
        wallSeconds: Number(((performance.now() - started) / 1000).toFixed(1)),
        writeSeconds: written ? Number(written[1]) : null,
        deriveSeconds: written ? Number(written[2]) : null,
        peakRssMb: { reading: Math.round(peak.reading), deriving: Math.round(peak.deriving) },
        progress,
        exitCode: code,
      });
    });
  });
}

/** The synthetic graph's county with the most firms (the warm-up's subject). */
async function busiestInGraph(credentials: Neo4jCredentials): Promise<{ code: string; name: string }> {
  const db = await connect(credentials);
  try {
    const [subjects] = await db.read<{ countyCode: string }>(cypher('database/sample-screen-subjects'));
    const [region] = await db.read<{ region: { name: string } }>(cypher('region/find-regions-by-code'), { codes: [subjects!.countyCode] });
    return { code: subjects!.countyCode, name: region?.region.name ?? subjects!.countyCode };
  } finally {
    await db.close();
  }
}

/** Copies the store of `npm run synth -- --firms N` (generated first when missing) into the benchmark's Neo4j home. */
async function copySyntheticStore(neo4jHome: string): Promise<void> {
  const source = syntheticHome(rows);
  const report = readLoadReport(source);
  if (!report || !isCurrent(report)) {
    console.log(`No synthetic graph of ${rows} firms in ${source}: npm run synth -- --firms ${rows}…`);
    const done = spawnSync(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'seed', 'synthetic', 'main.ts'), '--firms', String(rows)], { cwd: projectRoot, stdio: 'inherit' });
    if (done.status !== 0) throw new Error(`npm run synth -- --firms ${rows} failed`);
  }
  mkdirSync(neo4jHome, { recursive: true });
  // The store keeps the password it was made with: copied with it.
  for (const part of ['data', 'password']) cpSync(path.join(source, 'neo4j', part), path.join(neo4jHome, part), { recursive: true });
}

const stats = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return { min: sorted[0]!, median: sorted[Math.floor((sorted.length - 1) / 2)]!, max: sorted.at(-1)! };
};

async function main() {
  const generator = new RosterGenerator(Number(values.seed));
  mkdirSync(files, { recursive: true });
  const big = path.join(files, `firms-${rows}.csv`);
  if (!intoSynthetic && !existsSync(big)) {
    console.log(`Writing ${rows.toLocaleString('en')} synthetic rows to ${big}…`);
    await writeCsv(big, rosterRows(generator, rows));
  }

  // A fresh store each time: the seed alone, or a copy of the synthetic graph.
  rmSync(path.join(home, 'neo4j', 'data'), { recursive: true, force: true });
  if (intoSynthetic) await copySyntheticStore(path.join(home, 'neo4j'));
  const server = await startBundledNeo4j(
    { ...config.bundled, home: path.join(home, 'neo4j'), boltPort: await findFreePort(), httpPort: await findFreePort(), password: undefined },
    { lib: neo4jLayout(config.bundled.home).lib, log: console.log },
  );
  try {
    const db = await connect(server.credentials);
    try {
      await applySchema(db);
      // The synthetic graph's derived rows may be of an older version: derived again first, or every import would derive everything.
      if (intoSynthetic) await deriveIfStale(db);
      else await loadSeed(db);
    } finally {
      await db.close();
    }
    // The county with the most firms: the big roster's by its draws, or the synthetic graph's, asked of it.
    const county = intoSynthetic ? await busiestInGraph(server.credentials) : busiestCounty(generator, rows);
    const countyFiles = Array.from({ length: countyRuns }, (_, run) => path.join(files, `county-${county.code}-run-${run + 1}.csv`));
    for (const [run, file] of countyFiles.entries()) {
      // Each run changes the scope of every fifth known firm again, so that each re-import has changes to write.
      if (!existsSync(file)) await writeCsv(file, intoSynthetic ? rowsInCounty(generator, county.code, 2_000, run + 1) : countyRows(generator, county.code, rows, 1_800, 200, run + 1));
    }
    let full: Run | null = null;
    if (!intoSynthetic) {
      console.log(`\nImporting ${rows.toLocaleString('en')} synthetic rows…`);
      full = await runImport(server.credentials, big);
      console.log(`  ${full.wallSeconds} s, peak RSS ${full.peakRssMb.reading} MB reading and writing, ${full.peakRssMb.deriving} MB deriving (of which the derive ${full.deriveSeconds ?? '?'} s)`);
    }
    const again: Run[] = [];
    for (const file of countyFiles) {
      console.log(`\nRe-importing 2,000 rows of ${county.name} (${county.code}): ${path.basename(file)}`);
      const run = await runImport(server.credentials, file);
      console.log(`  ${run.wallSeconds} s, peak RSS ${run.peakRssMb.reading} MB (of which the derive ${run.deriveSeconds ?? '?'} s)`);
      again.push(run);
    }
    const result = {
      rows,
      graph: intoSynthetic ? `npm run synth -- --firms ${rows}` : `the seed and the ${rows}-row roster`,
      county,
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, memoryGb: Math.round(os.totalmem() / 2 ** 30), loadAverage: os.loadavg() },
      date: new Date().toISOString(),
      full,
      countyReimport: { runs: again, wallSeconds: stats(again.map((r) => r.wallSeconds)), deriveSeconds: stats(again.map((r) => r.deriveSeconds ?? NaN)) },
    };
    const out = path.join(projectRoot, 'tests', 'bench', 'results', `import-${intoSynthetic ? 'into-synthetic-' : ''}${rows}.json`);
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`\nRe-import wall time min/median/max: ${Object.values(result.countyReimport.wallSeconds).join(' / ')} s. Figures in ${path.relative(projectRoot, out)}.`);
  } finally {
    await server.stop();
  }
}

await main();
