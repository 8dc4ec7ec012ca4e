import { describe, expect, it } from "vitest";
import { getAllContent, MAX_QUERY_LENGTH, searchContent, searchTerms } from "@/lib/content";

const urls = (query: string) => searchContent(query).map((r) => r.url);

describe("site search", () => {
  it("finds the family programme when a parent searches for their child's age group", () => {
    expect(urls("family based")[0]).toBe("/family-based-ipt");
  });

  it("puts a page whose title matches above pages that only mention the words", () => {
    const results = urls("get help now");
    expect(results[0]).toBe("/get-help-now");
    expect(results.length).toBeGreaterThan(1);
  });

  it("matches the start of a word, so 'refer' finds pages about referrals", () => {
    expect(urls("refer")).toContain("/for-professionals");
  });

  it("needs every word of the query to appear", () => {
    expect(urls("grief")).toContain("/what-is-ipt");
    expect(urls("grief xylophone")).toEqual([]);
  });

  it("ignores case, accents and punctuation", () => {
    expect(urls("IPT-A")).toEqual(urls("ipt a"));
    expect(urls("GRÏEF")).toEqual(urls("grief"));
  });

  it("finds courses as well as pages", () => {
    expect(urls("mentalization")[0]).toBe("/training/mentalization-in-ipt");
  });

  it("shows the passage where the words were found", () => {
    const result = searchContent("recovery team").find((r) => r.url === "/ipt-for-young-people");
    expect(result?.snippet).toMatch(/recovery team/i);
  });

  it.each(["", "   ", "!!!", "<script>", "%00"])("returns nothing, without failing, for the query %j", (query) => {
    expect(() => searchContent(query)).not.toThrow();
    expect(searchContent(query).every((r) => getAllContent().some((e) => e.url === r.url))).toBe(true);
  });

  it("cuts a very long query instead of refusing it", () => {
    const long = "depression ".repeat(100);
    expect(searchTerms(long).join(" ").length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(urls(long)).toContain("/what-is-ipt");
  });
});
