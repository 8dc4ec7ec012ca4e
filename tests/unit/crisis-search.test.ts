import { describe, expect, it } from "vitest";
import { searchContent } from "@/lib/content";
import { isCrisisQuery } from "@/lib/content/crisis-query";

describe("site search for crisis words", () => {
  it.each([
    "suicide",
    "Suicidal thoughts",
    "self harm",
    "self-harm",
    "selfharm",
    "kill myself",
    "I want to die",
    "I don't want to live",
    "Samaritans",
    "999",
    "overdose",
    "crisis",
  ])("lists Get help now first for ‘%s’", (query) => {
    expect(isCrisisQuery(query)).toBe(true);
    const results = searchContent(query);
    expect(results[0]?.url).toBe("/get-help-now");
    expect(results.filter((r) => r.url === "/get-help-now")).toHaveLength(1);
  });

  it.each(["diet", "grief", "ipt-a", "training fees", "dietician"])(
    "leaves an ordinary search alone: ‘%s’",
    (query) => {
      expect(isCrisisQuery(query)).toBe(false);
      expect(searchContent(query)[0]?.url).not.toBe("/get-help-now");
    },
  );
});
