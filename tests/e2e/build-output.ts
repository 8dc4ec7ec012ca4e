import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

// Reads what `next build` wrote to .next/: which routes are static, what JS each loads first,
// and which of the project's own client components each page uses.

const root = path.resolve(import.meta.dirname, "../..");
const dotNext = path.join(root, ".next");
const json = <T>(file: string): T => JSON.parse(readFileSync(path.join(dotNext, file), "utf8")) as T;

export interface RouteBundle {
  route: string;
  isStatic: boolean;
  jsGzipBytes: number;
  chunks: string[];
}

export function routeBundles(): RouteBundle[] {
  const stats = json<{ route: string; firstLoadChunkPaths: string[] }[]>("diagnostics/route-bundle-stats.json");
  const prerendered = new Set(Object.keys(json<{ routes: Record<string, unknown> }>("prerender-manifest.json").routes));
  return stats.map(({ route, firstLoadChunkPaths }) => ({
    route,
    isStatic: prerendered.has(route),
    chunks: firstLoadChunkPaths,
    jsGzipBytes: firstLoadChunkPaths.reduce(
      (sum, chunk) => sum + gzipSync(readFileSync(path.join(root, chunk))).length,
      0,
    ),
  }));
}

/** Per page route, the client components from this project (not node_modules) it ships. */
export function ownClientComponents(): Record<string, string[]> {
  const pages = json<Record<string, string>>("app-path-routes-manifest.json");
  const result: Record<string, string[]> = {};
  for (const [entry, route] of Object.entries(pages)) {
    if (!entry.endsWith("/page") || route.startsWith("/_")) continue;
    const manifestFile = path.join(dotNext, "server/app", `${entry}_client-reference-manifest.js`);
    const sandbox = { globalThis: {} as Record<string, unknown> };
    vm.runInNewContext(readFileSync(manifestFile, "utf8"), sandbox);
    const manifests = sandbox.globalThis.__RSC_MANIFEST as Record<string, { clientModules: Record<string, unknown> }>;
    const modules = Object.keys(manifests[entry]?.clientModules ?? {});
    result[route] = [
      ...new Set(
        modules
          .filter((m) => m.startsWith("[project]/") && !m.startsWith("[project]/node_modules/"))
          .map((m) => m.replace("[project]/", "").replace(/ <.*$/, "")),
      ),
    ].sort();
  }
  return result;
}

// `node --import tsx tests/e2e/build-output.ts` prints the client components each page uses now,
// to review before updating the baseline in bundle-budgets.json.
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(ownClientComponents(), null, 2));
}
