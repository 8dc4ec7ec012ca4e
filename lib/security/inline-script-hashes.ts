// Relative imports only: proxy.ts loads this.
import { createHash } from "node:crypto";

/**
 * The inline scripts Next.js itself writes into a prerendered page: Turbopack's chunk list, and
 * the React Server Components payload (`self.__next_f`). Only these are hashed into a static page's
 * Content-Security-Policy (security review L-7): any other inline script is a mistake, since
 * content cannot carry one (lib/content/mdx-without-code.ts), and must fail the build rather
 * than be allowed by hash.
 */
const NEXT_BOOTSTRAP_SCRIPTS = [
  /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(/,
  /^\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(/,
  /^self\.__next_f\.push\(/,
];

export class UnexpectedInlineScriptError extends Error {}

/** A CSP hash source ('sha256-…') for a script's text, as the browser hashes it. */
export function scriptHash(body: string): string {
  return `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;
}

/** CSP hash sources for every inline <script> Next.js wrote in a page; throws on any other inline script. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    // Stryker disable next-line StringLiteral: equivalent, both groups always take part in a match, so neither default applies
    const [, attributes = "", body = ""] = match;
    if (/\ssrc\s*=/i.test(attributes) || body.length === 0) continue;
    if (!NEXT_BOOTSTRAP_SCRIPTS.some((pattern) => pattern.test(body))) {
      throw new UnexpectedInlineScriptError(
        `an inline script that Next.js did not write would need to be allowed by hash: ${body.slice(0, 60)}…`,
      );
    }
    hashes.add(scriptHash(body));
  }
  return [...hashes];
}
