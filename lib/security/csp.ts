// Content-Security-Policy for every page. Relative imports only: next.config.ts loads this.

export interface CspOptions {
  /** A fresh per-request nonce for dynamically rendered pages. */
  nonce?: string;
  /** For a statically generated page: the hashes of exactly the inline scripts it contains. */
  scriptHashes?: string[];
  /** next dev needs eval for React's debugging and inline styles for its overlay. */
  development?: boolean;
}

/**
 * Dynamic pages (forms, dashboard) allow only scripts carrying this request's nonce.
 * Statically generated pages are the same bytes for everyone, so they cannot carry a nonce:
 * they allow same-origin script files and the inline scripts whose hashes were taken at build.
 * Only under next dev does a static page fall back to 'unsafe-inline'. A production server with
 * no hash file (plain `next build` instead of `npm run build`) fails closed: same-origin script
 * files only, so the page still works as HTML but no inline script runs (L-7).
 */
export function contentSecurityPolicy({ nonce, scriptHashes, development = false }: CspOptions = {}): string {
  const scripts = nonce
    ? [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`]
    : scriptHashes
      ? [`'self'`, ...scriptHashes]
      : development
        ? [`'self'`, `'unsafe-inline'`]
        : [`'self'`];
  if (development) scripts.push(`'unsafe-eval'`);
  const styles = development ? [`'self'`, `'unsafe-inline'`] : [`'self'`];
  const directives: Record<string, string[]> = {
    "default-src": [`'self'`],
    "script-src": scripts,
    "style-src": styles,
    "img-src": [`'self'`, "data:"],
    "font-src": [`'self'`],
    "connect-src": [`'self'`],
    "object-src": [`'none'`],
    "base-uri": [`'none'`],
    "form-action": [`'self'`],
    "frame-ancestors": [`'none'`],
    "manifest-src": [`'self'`],
  };
  const policy = Object.entries(directives).map(([name, values]) => `${name} ${values.join(" ")}`);
  return policy.join("; ");
}
