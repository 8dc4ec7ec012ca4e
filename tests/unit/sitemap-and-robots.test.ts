import { describe, expect, it } from "vitest";
import robots from "@/app/robots";
import sitemap from "@/app/sitemap";
import { getAllContent } from "@/lib/content";

describe("sitemap.xml", () => {
  it("lists every content page with the date it was last reviewed", () => {
    const entries = sitemap();
    const paths = entries.map((entry) => new URL(entry.url).pathname);
    expect(paths.sort()).toEqual(
      getAllContent()
        .map((e) => e.url)
        .sort(),
    );
    for (const entry of entries) expect(entry.lastModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("robots.txt", () => {
  it("keeps staff pages, the API and search results out of search engines, and points to the sitemap", () => {
    const result = robots();
    const rule = Array.isArray(result.rules) ? result.rules[0] : result.rules;
    expect(rule?.disallow).toEqual(expect.arrayContaining(["/admin", "/api/", "/search"]));
    expect(String(result.sitemap)).toMatch(/\/sitemap\.xml$/);
  });
});
