import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ownClientComponents, routeBundles } from "./build-output";

// Runs against the build the e2e web server made. Byte counts only: no timing.
const budgets = JSON.parse(readFileSync(path.join(import.meta.dirname, "bundle-budgets.json"), "utf8")) as {
  staticRouteJsGzipKiB: number;
  dynamicRouteJsGzipKiB: number;
  clientComponents: Record<string, string[]>;
};

// The build is read inside each test: at collection time it may not exist yet (a fresh clone).
test.describe("bundle budgets", () => {
  test("every route stays within its gzipped JavaScript budget", () => {
    const bundles = routeBundles();
    expect(bundles.map((b) => b.route)).toContain("/");
    const over = bundles
      .map((b) => ({ ...b, budget: b.isStatic ? budgets.staticRouteJsGzipKiB : budgets.dynamicRouteJsGzipKiB }))
      .filter((b) => b.jsGzipBytes / 1024 > b.budget)
      .map((b) => `${b.route}: ${(b.jsGzipBytes / 1024).toFixed(1)} KiB > ${b.budget} KiB`);
    expect(over).toEqual([]);
  });

  test("no page gains a client component that is not in the baseline", () => {
    const added = Object.entries(ownClientComponents()).flatMap(([route, used]) =>
      used.filter((c) => !(budgets.clientComponents[route] ?? []).includes(c)).map((c) => `${route}: ${c}`),
    );
    expect(added, "new client components; if intended, add them to bundle-budgets.json").toEqual([]);
  });

  test("content pages ship no client components of their own", () => {
    const staticRoutes = new Set(
      routeBundles()
        .filter((b) => b.isStatic)
        .map((b) => b.route),
    );
    const offenders = Object.entries(ownClientComponents()).filter(
      ([route, used]) => staticRoutes.has(route) && used.length,
    );
    expect(offenders).toEqual([]);
  });
});
