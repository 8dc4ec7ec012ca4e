// Relative imports only: proxy.ts loads this.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { inlineScriptHashes } from "./inline-script-hashes";

/**
 * Statically generated pages are the same bytes for every reader, so instead of a nonce their
 * policy lists the hash of each inline script Next.js wrote into them. `next build` is followed
 * by writeStaticPageHashes(), and proxy.ts reads the result.
 */
export const HASHES_FILE = "static-page-script-hashes.json";

export type StaticPageHashes = Record<string, string[]>;

function prerenderedHtmlFile(distDir: string, route: string): string {
  return path.join(distDir, "server/app", `${route === "/" ? "/index" : route}.html`);
}

/** Hashes the inline scripts of every prerendered page and writes them beside the build. */
export function writeStaticPageHashes(distDir: string): StaticPageHashes {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8")) as {
    routes: Record<string, unknown>;
  };
  const hashes: StaticPageHashes = {};
  for (const route of Object.keys(manifest.routes)) {
    const file = prerenderedHtmlFile(distDir, route);
    if (!existsSync(file)) continue;
    try {
      hashes[route] = inlineScriptHashes(readFileSync(file, "utf8"));
    } catch (error) {
      throw new Error(`${route}: ${(error as Error).message}`, { cause: error });
    }
  }
  writeFileSync(path.join(distDir, HASHES_FILE), JSON.stringify(hashes));
  return hashes;
}

/** The hashes written at build, or undefined before a build (e.g. under `next dev`). */
export function readStaticPageHashes(distDir: string): StaticPageHashes | undefined {
  const file = path.join(distDir, HASHES_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as StaticPageHashes) : undefined;
}

/** The script hashes for a request path: its own page, or the 404 page for an unknown path. */
export function hashesForPath(hashes: StaticPageHashes, pathname: string): string[] {
  const route = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  return hashes[route] ?? hashes["/_not-found"] ?? [];
}
