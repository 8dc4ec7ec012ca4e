import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes } from "@/lib/security/inline-script-hashes";
import { hashesForPath } from "@/lib/security/static-page-hashes";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("hashing a static page's inline scripts for its CSP", () => {
  it("hashes the exact text of each inline script, once each", () => {
    const html = `<script>self.__next_f.push([1])</script><script async="">a()</script><script>a()</script>`;
    expect(inlineScriptHashes(html)).toEqual([sha("self.__next_f.push([1])"), sha("a()")]);
  });

  it("leaves out scripts loaded from a file and empty ones", () => {
    expect(inlineScriptHashes(`<script src="/_next/static/a.js" async=""></script><script></script>`)).toEqual([]);
  });

  it("matches the browser's hash for a known script (the W3C CSP example)", () => {
    expect(inlineScriptHashes("<script>alert('Hello, world.');</script>")).toEqual([
      "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
    ]);
  });
});

describe("choosing a request's hashes", () => {
  const hashes = { "/": ["'sha256-home'"], "/about": ["'sha256-about'"], "/_not-found": ["'sha256-404'"] };
  it.each([
    ["/", "'sha256-home'"],
    ["/about", "'sha256-about'"],
    ["/about/", "'sha256-about'"],
    ["/missing", "'sha256-404'"],
  ])("%s gets %s", (path, expected) => {
    expect(hashesForPath(hashes, path)).toEqual([expected]);
  });
});
