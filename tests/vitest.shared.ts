import path from "node:path";
import type { ViteUserConfig } from "vitest/config";

export const root = path.resolve(import.meta.dirname, "..");

/** Resolution shared by unit and integration tests: the `@/` alias, and `server-only` as a no-op. */
export const sharedConfig: ViteUserConfig = {
  root,
  resolve: {
    alias: [
      { find: /^@\/(.*)$/, replacement: `${root}/$1` },
      { find: /^server-only$/, replacement: path.join(root, "tests/helpers/empty-module.ts") },
    ],
  },
};
