import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { outOfDateLocation } from "./lib/forms/out-of-date";
import { REQUEST_ID_HEADER, requestIdFor } from "./lib/log/request-id";
import { isWellFormedActionPost, mayCarryActionFields } from "./lib/security/action-form";
import { namesUnknownAction, postedActionIds, readActionIds } from "./lib/security/action-ids";
import { contentSecurityPolicy } from "./lib/security/csp";
import { isDynamicPath } from "./lib/security/dynamic-routes";
import { isAllowedOrigin, isBodyTooLarge, originOf, selfOriginOf } from "./lib/security/origin";
import { hashesForPath, readStaticPageHashes } from "./lib/security/static-page-hashes";

const development = process.env.NODE_ENV === "development"; // eslint-disable-line no-restricted-properties -- Next inlines NODE_ENV here
// Written after `next build` by lib/cli/hash-static-pages.ts; absent under next dev.
const staticHashes = development ? undefined : readStaticPageHashes(path.join(process.cwd(), ".next"));
if (!development && !staticHashes) {
  // Static pages then get a policy without inline scripts (lib/security/csp.ts); say why once.
  console.error(
    "[ipt] No static-page script hashes (.next/static-page-script-hashes.json): build with `npm run build`. Static pages run no inline scripts until then.",
  );
}
// This build's server action ids, to tell a form from before a deploy; absent under next dev.
const actionIds = development ? undefined : readActionIds(path.join(process.cwd(), ".next"));
const appOrigins = originOf(process.env.APP_URL); // eslint-disable-line no-restricted-properties -- the proxy cannot load lib/config's full settings

// Forwarded headers count only behind a proxy of ours (the proxy cannot load lib/config's full settings).
const trustForwarded = Number(process.env.TRUSTED_PROXY_HOPS ?? 0) > 0; // eslint-disable-line no-restricted-properties -- as above

/**
 * Gives every request an id (a request header for the log lines written while serving it, and a
 * response header), refuses cross-site, oversized and malformed posts, sends forms from an
 * earlier build back to their page marked out of date, then adds the Content-Security-Policy:
 * build-time script hashes for static pages, a fresh nonce for pages rendered per request.
 */
export async function proxy(request: NextRequest) {
  const requestId = requestIdFor(request.headers.get(REQUEST_ID_HEADER));
  const response = await answer(request, requestId);
  response.headers.set("X-Request-Id", requestId);
  return response;
}

async function answer(request: NextRequest, requestId: string): Promise<NextResponse> {
  const origin = request.headers.get("origin");
  if (
    !isAllowedOrigin({
      method: request.method,
      origin,
      self: selfOriginOf(request.headers, request.nextUrl, { appOrigins, trustForwarded }),
      alsoAllowed: appOrigins,
    })
  ) {
    return new NextResponse(
      "This form was sent from somewhere other than this website, so it was not accepted. Go back to the form and try again.",
      {
        status: 403,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      },
    );
  }
  if (isBodyTooLarge(request.method, request.headers.get("content-length"))) {
    return new NextResponse("This form was too large to accept. Shorten your answers and try again.", {
      status: 413,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const fetchedAction = request.method === "POST" ? request.headers.get("next-action") : null;
  if (fetchedAction !== null && namesUnknownAction([fetchedAction], actionIds)) {
    // Sent by the page's JavaScript: the router follows x-action-redirect with a full page load.
    return new NextResponse(null, {
      status: 200,
      headers: {
        "Content-Type": "text/plain",
        "Cache-Control": "no-store",
        "x-action-redirect": `${outOfDateLocation(request.nextUrl)};replace`,
      },
    });
  }
  if (mayCarryActionFields(request.method, request.headers.get("content-type"), request.headers.get("next-action"))) {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    if (!form || !isWellFormedActionPost(form)) {
      return new NextResponse("This form could not be read. Go back to the form and try again.", {
        status: 400,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      });
    }
    if (namesUnknownAction(postedActionIds(form), actionIds)) {
      // Sent without JavaScript: the browser follows a 303 with a GET of the same page.
      // Next.js wants an absolute URL here; it sends a same-site one as a path.
      const response = NextResponse.redirect(new URL(outOfDateLocation(request.nextUrl), request.nextUrl), 303);
      response.headers.set("Cache-Control", "no-store");
      return response;
    }
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  if (!isDynamicPath(request.nextUrl.pathname)) {
    const scriptHashes = staticHashes && hashesForPath(staticHashes, request.nextUrl.pathname);
    const response = NextResponse.next({ request: { headers: requestHeaders } });
    response.headers.set("Content-Security-Policy", contentSecurityPolicy({ scriptHashes, development }));
    return response;
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const policy = contentSecurityPolicy({ nonce, development });
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
