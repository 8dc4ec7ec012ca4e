import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { typeScriptArgs } from "@/lib/cli/children";
import { freePort } from "@/lib/db/embedded";

// Runs `npm start`'s serving step with the given environment and collects what it says.
function serve(env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, typeScriptArgs("lib/cli/serve.ts"), {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", ...env }, // eslint-disable-line no-restricted-properties -- a clean child environment
    });
    let stderr = "";
    let stdout = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.on("exit", (code) => resolve({ code, stderr, stdout }));
  });
}

describe("starting with a bad DATABASE_URL", () => {
  it("stops with one clear line when nothing answers at the URL", async () => {
    const port = await freePort();
    const result = await serve({
      DATABASE_URL: `postgresql://ipt:secret@127.0.0.1:${port}/ipt`,
      PORT: String(await freePort()),
    });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("Cannot use the database in DATABASE_URL");
    expect(lines[0]).toContain(`127.0.0.1:${port}`);
    expect(result.stderr).not.toContain("secret");
  });

  it("stops with one clear line when the URL is malformed", async () => {
    const result = await serve({ DATABASE_URL: "localhost:5432/ipt" });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(
        /^Configuration error: DATABASE_URL: expected a postgres:\/\/ or postgresql:\/\/ connection URL/,
      ),
    ]);
  });
});
