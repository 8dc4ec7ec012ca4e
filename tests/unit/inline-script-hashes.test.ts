import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes, scriptHash, UnexpectedInlineScriptError } from "@/lib/security/inline-script-hashes";
import { hashesForPath } from "@/lib/security/static-page-hashes";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("hashing a static page's inline scripts for its CSP", () => {
  const turbopack = `(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})`;
  const payloadStart = "(self.__next_f=self.__next_f||[]).push([0])";
  const payload = 'self.__next_f.push([1,"1:x"])';

  it("hashes the exact text of each script Next.js writes, once each", () => {
    const html = `<script id="_R_">${turbopack}</script><script>${payloadStart}</script><script>${payload}</script><script>${payload}</script>`;
    expect(inlineScriptHashes(html)).toEqual([sha(turbopack), sha(payloadStart), sha(payload)]);
  });

  it("leaves out scripts loaded from a file and empty ones", () => {
    expect(inlineScriptHashes(`<script src="/_next/static/a.js" async=""></script><script></script>`)).toEqual([]);
  });

  // A browser runs the file a src names and ignores the text inside, so there is nothing to hash.
  it.each([`<script src="/a.js">x</script>`, `<script async src =  "/a.js">x</script>`])(
    "leaves out a script loaded from a file even with text inside: %s",
    (html) => {
      expect(inlineScriptHashes(html)).toEqual([]);
    },
  );

  it("takes a data-src attribute for what it is: not a file to load", () => {
    expect(() => inlineScriptHashes(`<script data-src="/a.js">alert(1)</script>`)).toThrow(UnexpectedInlineScriptError);
  });

  it("refuses to hash any other inline script, so the build fails instead of allowing it", () => {
    expect(() => inlineScriptHashes(`<script>${payload}</script><script>alert(1)</script>`)).toThrow(
      UnexpectedInlineScriptError,
    );
    expect(() => inlineScriptHashes(`<script>alert(1); ${payload}</script>`)).toThrow(UnexpectedInlineScriptError);
  });

  it("names the start of the unexpected script in the build's error, and only its start", () => {
    const script = `alert("found me");${"x".repeat(200)}`;
    let error: unknown;
    try {
      inlineScriptHashes(`<script>${payload}</script><script>${script}</script>`);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(UnexpectedInlineScriptError);
    expect((error as Error).message).toBe(
      `an inline script that Next.js did not write would need to be allowed by hash: ${script.slice(0, 60)}…`,
    );
  });

  it.each([
    ["Turbopack's chunk list", turbopack],
    ["the start of the page's payload", payloadStart],
    ["the page's payload", payload],
  ])("refuses a script that only ends with %s, so code cannot ride in front of it", (_what, script) => {
    expect(() => inlineScriptHashes(`<script>${script}</script>`)).not.toThrow();
    expect(() => inlineScriptHashes(`<script>alert(1);${script}</script>`)).toThrow(UnexpectedInlineScriptError);
  });

  it("matches the browser's hash for a known script (the W3C CSP example)", () => {
    expect(scriptHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
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
