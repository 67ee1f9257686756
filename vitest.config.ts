import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS and ESM builds; Node hands graphql-yoga the CommonJS one, and
    // Vite would hand our code the ESM one. Two copies break `instanceof GraphQLError`, so
    // the tests load the one Node loads, as `npm start` does.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // Starts one real Neo4j for the whole run (or uses NEO4J_URI) and seeds it.
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
