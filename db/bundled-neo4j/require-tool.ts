import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { UserFacingError } from '../../core/user-facing-error.ts';

const useExisting = 'or set NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) to use a Neo4j 5 server you already have';

/** The `java` that runs Neo4j: JAVA_HOME's when set, else the one on PATH. */
export function javaCommand(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Fails with one sentence unless Java 17 or newer can be run. */
export function requireJava(java = javaCommand()): void {
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new UserFacingError(
      `The bundled Neo4j needs Java 17 or newer and \`${java}\` could not be run: install a JDK 17 (Debian: apt-get install openjdk-17-jdk-headless), ${useExisting}.`,
    );
  }
  const major = Number(/version "(\d+)/.exec(result.stderr)?.[1] ?? 0);
  if (major < 17) {
    throw new UserFacingError(
      `The bundled Neo4j needs Java 17 or newer but \`${java}\` is Java ${major || 'of an unknown version'}: install a JDK 17 or point JAVA_HOME at one, ${useExisting}.`,
    );
  }
}

/** Fails with one sentence unless Maven can be run. */
export function requireMaven(mvn = 'mvn'): void {
  const result = spawnSync(mvn, ['--version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new UserFacingError(
      `The first start fetches Neo4j from Maven Central with Maven, and \`mvn\` could not be run: install Maven (Debian: apt-get install maven), ${useExisting}.`,
    );
  }
}
