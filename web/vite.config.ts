import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root,
  plugins: [svelte()],
  build: { outDir: path.join(root, 'dist'), emptyOutDir: true },
  // `npm run dev:web` proxies the API to a running `npm start`.
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
