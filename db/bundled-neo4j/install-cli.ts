/** `npm run neo4j:install`: fetch the bundled Neo4j's jars now rather than on the first start. */
import { readConfig } from '../../core/config.ts';
import { reportFatal } from '../../core/report-fatal.ts';
import { installJars } from './install-jars.ts';
import { neo4jLayout } from './layout.ts';
import { neo4jVersion } from './neo4j-version.ts';

try {
  const layout = neo4jLayout(readConfig().bundled.home);
  await installJars(layout);
  console.log(`Neo4j ${neo4jVersion} jars are in ${layout.lib}.`);
} catch (error) {
  reportFatal(error);
  process.exitCode = 1;
}
