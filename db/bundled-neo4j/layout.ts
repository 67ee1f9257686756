import path from 'node:path';

/** Where the bundled Neo4j keeps each of its things, under one home folder. */
export interface Neo4jLayout {
  home: string;
  /** Neo4j's jars and our launcher jar, copied there by Maven. */
  lib: string;
  /** Maven's scratch folder for compiling the launcher. */
  build: string;
  conf: string;
  data: string;
  logs: string;
  /** The log Neo4j writes as it starts and stops. */
  log: string;
  /** The generated password, readable only by its owner. */
  passwordFile: string;
  /** Held while a Chain Atlas process runs this server. */
  lockFile: string;
}

/** @param lib jars may be shared between homes (the tests run a throwaway home on the checkout's jars) */
export function neo4jLayout(home: string, lib = path.join(home, 'lib')): Neo4jLayout {
  return {
    home,
    lib,
    build: path.join(home, 'build'),
    conf: path.join(home, 'conf'),
    data: path.join(home, 'data'),
    logs: path.join(home, 'logs'),
    log: path.join(home, 'logs', 'neo4j.log'),
    passwordFile: path.join(home, 'password'),
    lockFile: path.join(home, 'chain-atlas.lock'),
  };
}
