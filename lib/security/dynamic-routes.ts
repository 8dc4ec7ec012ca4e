// Relative imports only: proxy.ts loads this.

/**
 * Path prefixes rendered per request: forms, the dashboard, search and the API. They get a
 * nonce-based CSP and are never stored by caches. Everything else is generated at build time.
 */
export const DYNAMIC_PATH_PREFIXES = [
  "/refer",
  "/enquire",
  "/admin",
  "/search",
  "/api",
  "/your-view",
  "/check-progress",
  "/continue",
] as const;

export function isDynamicPath(pathname: string): boolean {
  return DYNAMIC_PATH_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}
