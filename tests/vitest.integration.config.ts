import { availableParallelism } from "node:os";
import { defineConfig, mergeConfig } from "vitest/config";
import { sharedConfig } from "./vitest.shared.ts";

export default mergeConfig(
  sharedConfig,
  defineConfig({
    test: {
      include: ["tests/integration/**/*.test.ts"],
      environment: "node",
      // One Postgres for the run; each test file gets a database of its own (tests/helpers/test-database.ts).
      globalSetup: ["tests/helpers/postgres-global-setup.ts"],
      // Most of an integration file's time is spent waiting (on Postgres, SMTP, child processes,
      // timers), not computing: on 2 cores vitest's default (cores - 1) ran the 94 files one after
      // another, 19.7 min with 4.6 min of CPU. Two at a time overlap the waits; each file has its own
      // database, mail server and ports, so files cannot see each other. (Three timed out the
      // CPU-heavy authorization matrix on a machine loaded ten times over.)
      maxWorkers: Math.max(2, availableParallelism() - 1),
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  }),
);
