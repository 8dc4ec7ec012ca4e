// Content-Security-Policy for every page. Relative imports only: next.config.ts loads this.

export interface CspOptions {
  /** A fresh per-request nonce for dynamically rendered pages; absent for static pages. */
  nonce?: string;
  /** next dev needs eval for React's debugging and inline styles for its overlay. */
  development?: boolean;
}

/**
 * Dynamic pages (forms, dashboard) allow only scripts carrying this request's nonce.
 * Statically generated pages are the same bytes for everyone, so they cannot carry a nonce:
 * they allow same-origin scripts and Next's inline bootstrap ('unsafe-inline'). They render
 * no user input, and every other directive stays as strict as on dynamic pages.
 */
export function contentSecurityPolicy({ nonce, development = false }: CspOptions = {}): string {
  const scripts = nonce ? [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`] : [`'self'`, `'unsafe-inline'`];
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
