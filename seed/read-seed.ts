import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkReferences } from './check-references.ts';
import { readYaml } from './read-yaml.ts';
import { SeedError } from './seed-error.ts';
import { readRegions } from './regions/read-regions.ts';
import { articleFile } from './schema/article-file.ts';
import { chainFile } from './schema/chain-file.ts';
import { indicatorsFile } from './schema/indicators-file.ts';
import { industryCodesFile } from './schema/industry-codes-file.ts';
import type { SeedSet } from './seed-set.ts';

export const seedRoot = path.dirname(fileURLToPath(import.meta.url));

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => path.join(dir, name));
}

/**
 * Reads and checks every seed file before anything is written: each file against its schema,
 * then every reference across files. One bad entry stops the whole load, so the database
 * is never left half-seeded.
 */
export function readSeed(root = seedRoot): SeedSet {
  const regions = readRegions();
  const chains = yamlFiles(path.join(root, 'chains')).map((file) => ({ ...readYaml(file, chainFile), path: file }));
  const articles = yamlFiles(path.join(root, 'articles')).map((file) => {
    const article = readYaml(file, articleFile);
    const textFile = path.join(root, 'articles', 'sources', article.source.file);
    if (!existsSync(textFile)) {
      throw new SeedError(file, 'source', 'file', `names ${article.source.file}, which is not in seed/articles/sources/`);
    }
    const text = readFileSync(textFile, 'utf8');
    return { ...article, path: file, text };
  });
  const { indicators } = readYaml(path.join(root, 'indicators.yaml'), indicatorsFile);
  const industryCodesPath = path.join(root, 'industry-codes.yaml');
  const { codes: industryCodes } = readYaml(industryCodesPath, industryCodesFile);
  const seed = { regions, chains, articles, indicators, industryCodes, industryCodesPath };
  checkReferences(seed);
  return seed;
}
