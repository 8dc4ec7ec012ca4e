import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CrisisSignpost } from "@/components/crisis/crisis-signpost";
import { crisisLinesFor } from "@/lib/content/crisis-lines";
import { getQuestionStep, journeys } from "@/lib/referrals/journeys/registry";

describe("the general-question page", () => {
  it("signposts crisis help from the crisis lines content, and no referral page needs it", () => {
    expect(getQuestionStep(journeys.question, "question")?.signpostCrisis).toBe(true);
    const html = renderToStaticMarkup(createElement(CrisisSignpost, { nation: "wales" }));
    expect(html).toContain("This form is not for urgent help");
    expect(html).toContain('href="tel:999"');
    expect(html).toContain(`href="${crisisLinesFor("wales")[0]!.href}"`);
    expect(html).toContain('href="tel:116123"'); // Samaritans
    expect(html).toContain('href="/get-help-now"');
    expect(getQuestionStep(journeys.training, "course")?.signpostCrisis).toBeUndefined();
  });
});
