import type { CodegenConfig } from '@graphql-codegen/cli';

/** TypeScript types for the resolvers, generated from the SDL so that they are written once. */
const config: CodegenConfig = {
  schema: 'api/modules/**/*.graphql',
  silent: true,
  generates: {
    'api/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../graphql/context.ts#Context',
        // Resolvers receive the query modules' records; the SDL types are what they answer.
        mappers: {
          Region: '../modules/region/region-store.ts#RegionRecord',
        },
        enumValues: {
          RegionLevel: { PROVINCE: 'province', CITY: 'city', COUNTY: 'county' },
        },
        scalars: { ID: 'string' },
      },
    },
  },
};

export default config;
