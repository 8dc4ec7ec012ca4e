import { describe, expect, it } from "vitest";
import { startNodeChild, stopChildren } from "@/lib/cli/children";
import { restartOnExit } from "@/lib/cli/restart-on-exit";

describe("a crashing child under serve.ts", () => {
  it("is started again with a doubling pause, and stays stopped once shutdown begins", async () => {
    const starts: number[] = [];
    const lines: string[] = [];
    // A "worker" that crashes straight after starting.
    const crashing = () => {
      starts.push(Date.now());
      return startNodeChild("worker", ["-e", "process.exit(3)"], { NODE_ENV: "test" });
    };
    const child = restartOnExit(crashing, (line) => lines.push(line), { firstDelayMs: 200, maxDelayMs: 800 });
    await expect.poll(() => starts.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
    child.stopRestarting();
    const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
    expect(gaps[0]).toBeGreaterThanOrEqual(200);
    expect(gaps[1]).toBeGreaterThanOrEqual(400);
    expect(gaps[2]).toBeGreaterThanOrEqual(800);
    expect(lines[0]).toMatch(/The worker process exited \(code 3\); starting it again/);
    const count = starts.length;
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(starts.length).toBe(count);
  });

  it("keeps a long-running child until it is stopped, and never restarts it after a requested stop", async () => {
    let starts = 0;
    const child = restartOnExit(
      () => (starts++, startNodeChild("worker", ["-e", "setInterval(() => {}, 1000)"], { NODE_ENV: "test" })),
      () => {},
      { firstDelayMs: 100 },
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    child.stopRestarting();
    await stopChildren([child.current()], 5_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(starts).toBe(1);
  });
});
