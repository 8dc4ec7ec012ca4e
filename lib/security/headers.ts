// Security headers sent with every response. Relative imports only: next.config.ts loads this.

export interface Header {
  key: string;
  value: string;
}

/** Headers that are the same on every response; the CSP is added per request by proxy.ts. */
export function securityHeaders({ production }: { production: boolean }): Header[] {
  const headers: Header[] = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    // same-origin, not no-referrer: with no-referrer, browsers send "Origin: null" on form posts,
    // which the proxy must refuse. Other sites still receive no referrer at all.
    { key: "Referrer-Policy", value: "same-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    },
  ];
  if (production) {
    headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  }
  return headers;
}

/** The page staff land on after signing out: the browser drops this site's cookies and cache (review L-8). */
export const SIGNED_OUT_PATH = "/admin/signed-out";
export function signedOutHeaders(): Header[] {
  return [{ key: "Clear-Site-Data", value: '"cache", "cookies"' }];
}
