import { readdirSync, readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { enumValues } from './core/enum-values.ts';

/**
 * Each module's `schema.mappers.ts` names the record its resolvers receive for a GraphQL type as
 * `<Type>Mapper` (the convention of graphql-codegen's server preset): a new module needs no edit here.
 */
function moduleMappers(): Record<string, string> {
  const mappers: Record<string, string> = {};
  for (const module of readdirSync('api/modules')) {
    let text: string;
    try {
      text = readFileSync(`api/modules/${module}/schema.mappers.ts`, 'utf8');
    } catch {
      continue;
    }
    for (const [, type] of text.matchAll(/\bas (\w+)Mapper\b/g)) {
      mappers[type!] = `../modules/${module}/schema.mappers.ts#${type}Mapper`;
    }
  }
  return mappers;
}

/** TypeScript types for the resolvers, generated from the SDL so that they are written once. */
const config: CodegenConfig = {
  schema: 'api/modules/**/*.graphql',
  silent: true,
  generates: {
    // The web app's operations, typed end to end: each view's operations.ts.
    'web/src/generated/': {
      documents: ['web/src/views/**/operations.ts', 'web/src/lib/**/operations.ts'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { ID: 'string', JSON: 'unknown' } },
    },
    'api/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.ts#Context',
        // Resolvers receive the query modules' records; the SDL types are what they answer.
        mappers: moduleMappers(),
        enumValues,
        scalars: { ID: 'string' },
      },
    },
  },
};

export default config;
