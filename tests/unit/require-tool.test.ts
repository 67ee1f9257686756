import { describe, expect, it } from 'vitest';
import { requireJava, requireMaven } from '../../db/bundled-neo4j/require-tool.ts';

describe('the tools the bundled Neo4j needs', () => {
  it('says in one sentence what to install when java is missing, or that NEO4J_URI will do', () => {
    expect(() => requireJava('/nonexistent/bin/java')).toThrow(
      /^The bundled Neo4j needs Java 17 or newer and `\/nonexistent\/bin\/java` could not be run: install a JDK 17 .*, or set NEO4J_URI/,
    );
  });

  it('says in one sentence what to install when mvn is missing', () => {
    expect(() => requireMaven('/nonexistent/bin/mvn')).toThrow(/^The first start fetches Neo4j from Maven Central with Maven, .*install Maven .*, or set NEO4J_URI/);
  });

  it('accepts the machine’s own Java and Maven', () => {
    expect(() => requireJava()).not.toThrow();
    expect(() => requireMaven()).not.toThrow();
  });
});
