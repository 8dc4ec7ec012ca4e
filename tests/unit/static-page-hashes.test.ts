import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { scriptHash } from "@/lib/security/inline-script-hashes";
import { HASHES_FILE, readStaticPageHashes, writeStaticPageHashes } from "@/lib/security/static-page-hashes";

// After `next build`, lib/cli/hash-static-pages.ts hashes each prerendered page's inline scripts
// into .next; proxy.ts reads them back for the pages' Content-Security-Policy (review L-7).

const payload = 'self.__next_f.push([1,"1:x"])';
const home = 'self.__next_f.push([1,"home"])';
let dist: string;

/** A build folder as Next.js leaves it: the prerender manifest and each prerendered page's HTML. */
function build(routes: string[], pages: Record<string, string>) {
  fs.writeFileSync(
    path.join(dist, "prerender-manifest.json"),
    JSON.stringify({ routes: Object.fromEntries(routes.map((r) => [r, {}])) }),
  );
  for (const [file, html] of Object.entries(pages)) {
    fs.mkdirSync(path.dirname(path.join(dist, "server/app", file)), { recursive: true });
    fs.writeFileSync(path.join(dist, "server/app", file), html);
  }
}

beforeEach(() => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), "ipt-static-hashes-"));
});
afterEach(() => {
  fs.rmSync(dist, { recursive: true, force: true });
});

describe("hashing the prerendered pages after a build", () => {
  it("hashes each page's scripts, the home page from index.html and others by their route", () => {
    build(["/", "/about", "/help/crisis"], {
      "index.html": `<script>${home}</script>`,
      "about.html": `<script>${payload}</script>`,
      "help/crisis.html": `<script src="/a.js"></script><script>${payload}</script>`,
    });
    expect(writeStaticPageHashes(dist)).toEqual({
      "/": [scriptHash(home)],
      "/about": [scriptHash(payload)],
      "/help/crisis": [scriptHash(payload)],
    });
  });

  it("skips a route with no prerendered page, such as one rendered for each request", () => {
    build(["/about", "/referrals/export"], { "about.html": `<script>${payload}</script>` });
    expect(writeStaticPageHashes(dist)).toEqual({ "/about": [scriptHash(payload)] });
  });

  it("writes the hashes beside the build, where the proxy reads them back", () => {
    build(["/", "/about"], { "index.html": `<script>${home}</script>`, "about.html": "<p>No scripts</p>" });
    const written = writeStaticPageHashes(dist);
    expect(fs.existsSync(path.join(dist, HASHES_FILE))).toBe(true);
    expect(path.extname(HASHES_FILE)).toBe(".json");
    expect(readStaticPageHashes(dist)).toEqual(written);
    expect(written).toEqual({ "/": [scriptHash(home)], "/about": [] });
  });

  it("reads no hashes before a build", () => {
    expect(readStaticPageHashes(dist)).toBeUndefined();
  });

  it("fails the build naming the page that holds an inline script Next.js did not write", () => {
    build(["/", "/about"], { "index.html": `<script>${home}</script>`, "about.html": "<script>alert(1)</script>" });
    expect(() => writeStaticPageHashes(dist)).toThrow(/^\/about: an inline script that Next\.js did not write/);
    expect(fs.existsSync(path.join(dist, HASHES_FILE))).toBe(false);
  });
});
