import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { UserFacingError } from '../../core/user-facing-error.ts';
import type { Neo4jLayout } from './layout.ts';
import { neo4jVersion, pomFile } from './neo4j-version.ts';
import { requireMaven } from './require-tool.ts';

const launcherSource = path.join(path.dirname(pomFile), 'src/main/java/chainatlas/Launcher.java');
const markerName = '.chain-atlas-installed';

/** Changes whenever the pom or the launcher does, so an edited pom resolves again. */
function buildFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of [pomFile, launcherSource]) hash.update(readFileSync(file));
  return hash.digest('hex');
}

export function jarsInstalled(layout: Neo4jLayout): boolean {
  const marker = path.join(layout.lib, markerName);
  return existsSync(marker) && readFileSync(marker, 'utf8') === buildFingerprint();
}

/**
 * Resolves Neo4j's jars from Maven Central into `layout.lib` and builds the launcher, unless
 * that was already done for this pom. Prints progress, since the first run downloads ~130 MB.
 */
export async function installJars(layout: Neo4jLayout, log: (line: string) => void = console.log): Promise<void> {
  if (jarsInstalled(layout)) return;
  requireMaven();
  const started = Date.now();
  log(`Fetching Neo4j ${neo4jVersion} from Maven Central into ${layout.lib} (first start only)…`);
  await rm(layout.lib, { recursive: true, force: true });
  await mkdir(layout.lib, { recursive: true });

  const output: string[] = [];
  let downloads = 0;
  let kilobytes = 0;
  const mvn = spawn(
    'mvn',
    ['-B', '-f', pomFile, `-Datlas.lib=${layout.lib}`, `-Datlas.build=${layout.build}`, 'package'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  for (const stream of [mvn.stdout, mvn.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      output.push(line);
      if (output.length > 40) output.shift();
      const downloaded = /^\[INFO\] Downloaded from .* \(([\d.]+) (kB|MB|B)/.exec(line);
      if (!downloaded) return;
      downloads += 1;
      const size = Number(downloaded[1]);
      kilobytes += downloaded[2] === 'MB' ? size * 1000 : downloaded[2] === 'kB' ? size : size / 1000;
      if (downloads % 50 === 0) log(`  … ${downloads} files downloaded (${(kilobytes / 1000).toFixed(1)} MB)`);
    });
  }
  const code = await new Promise<number | null>((resolve, reject) => {
    mvn.on('error', reject);
    mvn.on('close', resolve);
  });
  if (code !== 0) {
    console.error(output.join('\n'));
    throw new UserFacingError(
      `Maven could not fetch Neo4j ${neo4jVersion} (exit code ${code}); its last lines are above. Check that Maven Central is reachable, or set NEO4J_URI to use an existing Neo4j.`,
    );
  }
  await writeFile(path.join(layout.lib, markerName), buildFingerprint());
  const jars = (await readdir(layout.lib)).filter((name) => name.endsWith('.jar'));
  let bytes = 0;
  for (const jar of jars) bytes += (await stat(path.join(layout.lib, jar))).size;
  log(
    `Neo4j ${neo4jVersion} is in place: ${jars.length} jars, ${(bytes / 1e6).toFixed(0)} MB, ` +
      `${downloads} files downloaded, in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
  );
}
