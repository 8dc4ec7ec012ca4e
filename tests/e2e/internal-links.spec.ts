import { expect, test } from "./fixtures";
import { contentUrls, journeyPaths, journeysNotBuiltHere, otherPages } from "./helpers/site-pages";

test("every link from one page of the site to another resolves", async ({ page, request }) => {
  test.setTimeout(120_000);
  const linksByTarget = new Map<string, Set<string>>();
  for (const url of [...contentUrls, ...otherPages, "/no-such-page"]) {
    await page.goto(url);
    const base = new URL(page.url());
    const hrefs = await page
      .locator("a[href]")
      .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const target = new URL(href);
      if (target.origin !== base.origin) continue;
      if (target.hash && target.pathname === base.pathname) {
        // An in-page link must point at something on the page.
        await expect(
          page.locator(`[id="${decodeURIComponent(target.hash.slice(1))}"]`),
          `${url} links to ${target.hash}`,
        ).toHaveCount(1);
        continue;
      }
      const key = target.pathname + target.search;
      if (!linksByTarget.has(key)) linksByTarget.set(key, new Set());
      linksByTarget.get(key)!.add(url);
    }
  }
  expect(linksByTarget.size).toBeGreaterThan(contentUrls.length);
  const broken: string[] = [];
  for (const [target, from] of linksByTarget) {
    if (journeysNotBuiltHere.has(target)) continue;
    // Exit this page leaves the site on purpose (H05): it must answer with its redirect, not a page.
    if (target === "/exit-this-page") {
      const exit = await request.get(target, { maxRedirects: 0 });
      if (exit.status() !== 303)
        broken.push(`${target} (${exit.status()}, expected 303) linked from ${[...from].join(", ")}`);
      continue;
    }
    const response = await request.get(target);
    if (response.status() !== 200) broken.push(`${target} (${response.status()}) linked from ${[...from].join(", ")}`);
  }
  expect(broken).toEqual([]);
  // The journeys are linked from every page, by exact address.
  for (const journey of journeyPaths)
    expect(linksByTarget.get(journey)?.size ?? 0).toBeGreaterThanOrEqual(contentUrls.length);
});
