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
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  }),
);
