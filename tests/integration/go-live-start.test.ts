import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { typeScriptArgs } from "@/lib/cli/children";

// Runs `npm start`'s serving step with the given environment and collects what it says.
function serve(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, typeScriptArgs("lib/cli/serve.ts"), {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", ...env }, // eslint-disable-line no-restricted-properties -- a clean child environment
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("exit", (code) => resolve({ code, stderr }));
  });
}

describe("starting in live mode", () => {
  it("refuses to start with the example details, one line per problem, before touching the database", async () => {
    const result = await serve({ SERVICE_MODE: "live", DATABASE_URL: "postgresql://ipt@127.0.0.1:1/unused" });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines[0]).toBe("SERVICE_MODE=live refused:");
    expect(lines.slice(1).every((line) => line.startsWith("  - "))).toBe(true);
    expect(result.stderr).toContain("01632 960000 is in Ofcom's drama range");
    expect(result.stderr).toContain("SMTP_URL is not set");
    expect(result.stderr).not.toContain("Cannot use the database");
  });
});
