import { describe, expect, it } from "vitest";
import { isPageId } from "@/lib/referrals/journeys/answers";
import { journeys } from "@/lib/referrals/journeys/registry";

// A page's fields are what people see; its schema is what the server accepts. A field without a
// schema key could never be saved, and a schema key without a field could never be answered.
// (A field whose name is not a schema key does not compile: see question() in answers.ts.)
const pages = Object.values(journeys).flatMap((journey) =>
  journey.steps.flatMap((step) => (step.kind === "question" ? [{ where: `${journey.slug}/${step.id}`, step }] : [])),
);

describe("each question page", () => {
  it("has pages to check", () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages)("$where shows exactly the fields its schema checks", ({ step }) => {
    const fieldNames = step.fields.map((f) => f.name).sort();
    const schemaKeys = Object.keys(step.schema.shape).sort();
    expect(fieldNames).toEqual(schemaKeys);
    expect(new Set(fieldNames).size).toBe(fieldNames.length);
  });

  it.each(pages)("$where has an id whose answers are typed", ({ step }) => {
    expect(isPageId(step.id)).toBe(true);
  });
});
