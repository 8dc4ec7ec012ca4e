import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumExecutable } from "./browser";

const root = path.resolve(import.meta.dirname, "../..");
// Several checkouts on one machine can run their suites side by side on different ports.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100); // eslint-disable-line no-restricted-properties -- test harness
const baseURL = `http://127.0.0.1:${E2E_PORT}`;

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  outputDir: path.join(root, "test-results"),
  forbidOnly: true,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
  ],
  // The production build served as `npm start` serves it, on a fresh embedded Postgres each run.
  webServer: {
    command: "rm -rf .data/e2e && node lib/cli/require-node.cjs && npm run build --silent && node --conditions=react-server --import tsx lib/cli/serve.ts",
    cwd: root,
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    stdout: "ignore",
    stderr: "pipe",
    env: { PORT: String(E2E_PORT), HOST: "127.0.0.1", DATA_DIR: ".data/e2e", NEXT_TELEMETRY_DISABLED: "1" },
  },
});
