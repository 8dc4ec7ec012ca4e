import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumExecutable } from "./browser";

const root = path.resolve(import.meta.dirname, "../..");
// Several checkouts on one machine can run their suites side by side on different ports.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100); // eslint-disable-line no-restricted-properties -- test harness
const baseURL = `http://127.0.0.1:${E2E_PORT}`;
/** A real SMTP server for the run (tests/e2e/smtp-sink-server.ts); tests read its messages over HTTP. */
export const SMTP_PORT = E2E_PORT + 1000;
export const METRICS_TOKEN = "e2e-metrics-token-0123456789abcdef0123";
export const SINK_URL = `http://127.0.0.1:${E2E_PORT + 1001}`;
/** A whole referral walked page by page: the same walk has taken three times as long on one machine as on another. */
export const WHOLE_JOURNEY_TIMEOUT = 180_000;

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  outputDir: path.join(root, "test-results"),
  forbidOnly: true,
  retries: 0,
  workers: 2,
  // A timeout is there to end a test that has hung, not to time one: the same suite has taken 13 and 38
  // minutes on machines of this kind (issue 18's note of 7 Dec 2026). Speed targets live in `npm run bench`.
  timeout: 120_000,
  // Likewise for one assertion: a page that takes 6 s to arrive on a loaded machine has not failed.
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    // Recording a trace made the journey walks take 45 % longer (251 s against 173 s for the two journey
    // files, 7 Dec 2026), and CI's traces are never read. To see a failure step by step, run the test
    // again with `--trace on` and open it with `npx playwright show-trace`.
    trace: "off",
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
  },
  projects: [{ name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  // The production build served as `npm start` serves it, on a fresh embedded Postgres each run.
  webServer: [
    {
      command: `node --import tsx tests/e2e/smtp-sink-server.ts ${SMTP_PORT} ${E2E_PORT + 1001}`,
      cwd: root,
      url: `${SINK_URL}/health`,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command:
        "rm -rf .data/e2e && node lib/cli/require-node.cjs && npm run build --silent && node --conditions=react-server --import tsx lib/cli/serve.ts",
      cwd: root,
      url: `${baseURL}/api/health`,
      // The build takes about 20 s on a quiet machine and has taken over 5 minutes on a loaded one.
      timeout: 600_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
      stdout: "ignore",
      stderr: "pipe",
      env: {
        PORT: String(E2E_PORT),
        HOST: "127.0.0.1",
        DATA_DIR: ".data/e2e",
        NEXT_TELEMETRY_DISABLED: "1",
        // `npm test` has type-checked the project just before; the build need not do it again.
        TEST_BUILD: "true",
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        // The test mail server has no TLS; plaintext is allowed only because it is on localhost.
        SMTP_ALLOW_PLAINTEXT: "true",
        // Tests fill forms far faster than people; the bot timer and limits are tested in integration tests.
        FORM_MIN_SECONDS: "0",
        SUBMISSIONS_PER_HOUR: "10000",
        FORM_POSTS_PER_HOUR: "100000",
        // tests/e2e/metrics.spec.ts scrapes /api/metrics with it.
        METRICS_TOKEN: METRICS_TOKEN,
      },
    },
  ],
});
