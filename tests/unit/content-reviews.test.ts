import { describe, expect, it } from "vitest";
import { overdueReviews } from "@/lib/content";

const entry = (file: string, nextReviewDue: string) => ({
  file,
  meta: {
    title: "T",
    description: "D",
    audience: ["everyone" as const],
    lastReviewed: "2026-01-01",
    nextReviewDue,
    sources: ["S000"],
    clinicalReviewer: "awaiting review",
    kind: "page" as const,
  },
});

describe("review dates", () => {
  it("names each page whose review date has passed, and what to do", () => {
    const lines = overdueReviews(
      [entry("content/a.mdx", "2027-01-01"), entry("content/b.mdx", "2027-06-01")],
      "2027-03-01",
    );
    expect(lines).toEqual([
      "content/a.mdx: review was due on 2027-01-01; check the words and update lastReviewed and nextReviewDue",
    ]);
  });

  it("does not count a page due today as overdue", () => {
    expect(overdueReviews([entry("content/a.mdx", "2027-03-01")], "2027-03-01")).toEqual([]);
  });
});
