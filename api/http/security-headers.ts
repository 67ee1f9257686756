import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';

const csp = (directives: string[]) => directives.join('; ');

/** The one rule Cytoscape's renderer puts in a <style> of its own, as it starts; allowed by its hash. */
const CYTOSCAPE_STYLE = '.__________cytoscape_container { position: relative; }';
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The web app's policy: its own scripts, styles and API only. Images may be data: and blob: URLs
 * (Cytoscape's PNG export, the CSV download's link); Svelte sets dynamic styles through the CSSOM,
 * which a policy does not govern, so no 'unsafe-inline' is needed. Checked in Chromium on every
 * screen, by default and in production: Cytoscape's <style> was the one violation, until its hash.
 */
export const APP_CSP = csp([
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${sha256(CYTOSCAPE_STYLE)}`,
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
]);

/**
 * GraphiQL's page carries its whole bundle (React, the Monaco editor) inline and starts Monaco's
 * workers from blob: URLs, which the app's policy would block; it still talks to this server only.
 */
export const GRAPHIQL_CSP = csp([
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
]);

/**
 * Set on every response before it is routed: no MIME sniffing, no Referer to other sites, no
 * framing (frame-ancestors, and X-Frame-Options for browsers that predate it).
 */
export function setSecurityHeaders(res: ServerResponse, contentSecurityPolicy: string): void {
  res.setHeader('content-security-policy', contentSecurityPolicy);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('x-frame-options', 'DENY');
}
