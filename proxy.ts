import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "./lib/security/csp";
import { isDynamicPath } from "./lib/security/dynamic-routes";
import { hashesForPath, readStaticPageHashes } from "./lib/security/static-page-hashes";

const development = process.env.NODE_ENV === "development"; // eslint-disable-line no-restricted-properties -- Next inlines NODE_ENV here
// Written after `next build` by lib/cli/hash-static-pages.ts; absent under next dev.
const staticHashes = development ? undefined : readStaticPageHashes(path.join(process.cwd(), ".next"));

/** Adds the Content-Security-Policy: build-time script hashes for static pages, a fresh nonce for the rest. */
export function proxy(request: NextRequest) {
  if (!isDynamicPath(request.nextUrl.pathname)) {
    const scriptHashes = staticHashes && hashesForPath(staticHashes, request.nextUrl.pathname);
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", contentSecurityPolicy({ scriptHashes, development }));
    return response;
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const policy = contentSecurityPolicy({ nonce, development });
  const requestHeaders = new Headers(request.headers);
  // Next.js reads the nonce from the request's policy and puts it on its own scripts.
  requestHeaders.set("Content-Security-Policy", policy);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set("Cache-Control", "no-store, max-age=0");
  return response;
}

export const config = {
  // Everything but build assets, which carry no HTML.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
