import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypeScript,
  {
    ignores: [
      ".next/**",
      ".data/**",
      ".node/**",
      "lib/db/generated/**",
      "test-results/**",
      "next-env.d.ts",
      "tests/mutation/reports/**",
      "tests/mutation/.stryker-tmp/**",
    ],
  },
  {
    rules: {
      // Settings come from lib/config, parsed and checked once; nowhere else reads the environment.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read settings through getEnv() from @/lib/config." },
      ],
    },
  },
  {
    files: ["lib/config/env.ts"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // Only lib/db makes a Prisma client; the web layer never imports Prisma.
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@prisma/*", "**/db/generated/**", "pg"], message: "Call lib instead of the database." },
          ],
        },
      ],
    },
  },
  {
    // The information site is plain static HTML: every link is a full page load, so each page
    // arrives with its own Content-Security-Policy (the journeys get a fresh nonce) and reading
    // needs no client-side router at all. The dashboard does the same: every page is rendered
    // and audited on the server, and works the same with JavaScript off.
    files: [
      "app/not-found.tsx",
      "app/(site)/not-found.tsx",
      "components/layout/**",
      "components/content/**",
      "app/admin/**",
      "components/admin/**",
    ],
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
];

export default config;
