import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The information site ships no client components of its own: pages are plain server-rendered
// HTML, so they work without JavaScript and need no script of ours under the CSP.
const folders = ["components/content", "components/layout", "app/(site)"];
const singleFiles = ["app/layout.tsx", "app/not-found.tsx"];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((name) => /\.(ts|tsx)$/.test(name))
    .map((name) => path.join(folder, name));
}

describe("the information site", () => {
  const files = [...folders.flatMap(sourceFiles), ...singleFiles];

  it("has files to check", () => {
    expect(files.length).toBeGreaterThan(15);
  });

  it.each(files)("%s is not a client component", (file) => {
    expect(readFileSync(file, "utf8")).not.toMatch(/^\s*["']use client["']/m);
  });
});
