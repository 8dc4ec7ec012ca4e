import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const script = path.resolve("lib/cli/require-node.cjs");

// Runs the guard as if under another Node.js version.
function runAs(version: string) {
  const fake = `Object.defineProperty(process.versions, "node", { value: ${JSON.stringify(version)} }); require(${JSON.stringify(script)});`;
  return spawnSync(process.execPath, ["-e", fake], { encoding: "utf8" });
}

describe("the Node.js version guard", () => {
  it.each(["20.19.0", "22.11.0", "18.20.4"])("refuses Node.js %s with one clear line", (version) => {
    const result = runAs(version);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("needs Node.js 22.12 or newer");
    expect(result.stderr).toContain(version);
  });

  it.each(["22.12.0", "24.1.0", "26.0.0"])("lets Node.js %s through", (version) => {
    const result = runAs(version);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
  });
});
