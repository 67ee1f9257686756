import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import sirv from 'sirv';

/** A year: what a file whose name carries its content's hash can be kept for. */
const HASHED_MAX_AGE_S = 365 * 24 * 60 * 60;

/**
 * The built web app, or null when it is not built. Vite names what it emits under /assets/ by
 * its content's hash, so a browser keeps those a year without asking again; everything else
 * (index.html, also the answer for the app's own routes, and favicon.svg) is revalidated on each
 * load by its ETag, so a new build is seen at once.
 */
export function staticFiles(dir: string) {
  if (!existsSync(dir)) return null;
  return sirv(dir, {
    single: true,
    etag: true,
    setHeaders: (res: ServerResponse, pathname: string) =>
      res.setHeader('cache-control', pathname.startsWith('/assets/') ? `public, max-age=${HASHED_MAX_AGE_S}, immutable` : 'no-cache'),
  });
}
