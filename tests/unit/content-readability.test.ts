import { afterAll, describe, expect, it } from "vitest";
import { getAllContent } from "@/lib/content";
import { readingEase, textBlocks } from "../helpers/readability";
import { renderContentHtml } from "../helpers/render-content";

// CONTENT.md: pages for young people and families read at about age 9 to 11; no page is harder than 50.
const EASY_AUDIENCES = new Set(["young-people", "families"]);
const EASY = 60;
const FLOOR = 50;

const scores: { page: string; audience: string; score: number; words: number }[] = [];

describe("every page is in plain English", () => {
  it.each(getAllContent().map((entry) => [entry.file, entry] as const))(
    "%s reads easily enough for its readers",
    async (file, entry) => {
      const result = readingEase(textBlocks(await renderContentHtml(entry)));
      const needed = entry.meta.audience.some((a) => EASY_AUDIENCES.has(a)) ? EASY : FLOOR;
      scores.push({
        page: `${entry.url} (${file})`,
        audience: entry.meta.audience.join(", "),
        score: result.score,
        words: result.words,
      });
      expect(result.words, `${file} has hardly any words to score`).toBeGreaterThan(30);
      expect(
        result.score,
        `${file} (${entry.url}) scores ${result.score} on Flesch reading ease; pages for ${entry.meta.audience.join(", ")} need at least ${needed}`,
      ).toBeGreaterThanOrEqual(needed);
    },
  );

  afterAll(() => {
    // The scores, for the record and for whoever edits the words next.
    console.info(
      [
        "Flesch reading ease by page:",
        ...scores.map((s) => `  ${s.score.toFixed(1).padStart(5)}  ${s.page}  [${s.audience}] ${s.words} words`),
      ].join("\n"),
    );
  });
});

describe("the reading-ease measure", () => {
  it("scores short everyday sentences above long technical ones", () => {
    const easy = readingEase(["You can talk to us. We will help you. It is free."]);
    const hard = readingEase([
      "Interpersonal psychotherapy demonstrates considerable effectiveness regarding symptomatology amelioration.",
    ]);
    expect(easy.score).toBeGreaterThan(80);
    expect(hard.score).toBeLessThan(0);
  });

  it("treats each list item and heading as its own sentence", () => {
    const blocks = textBlocks(
      "<h2>Who it is for</h2><ul><li>young people</li><li>their families</li></ul><svg><title>x</title></svg>",
    );
    expect(blocks).toEqual(["Who it is for", "young people", "their families"]);
    expect(readingEase(blocks).sentences).toBe(3);
  });
});
