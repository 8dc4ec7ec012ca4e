import { describe, expect, it } from "vitest";
import { offerSchema, sameAsReferrer } from "../../lib/young-person/offer";
import { riskOfView, viewRows, viewSchema } from "../../lib/young-person/view-form";

const answers = { agrees: "yes", contactWho: "me", selfHarmThoughts: "no" };

describe("the young person's own view", () => {
  it("requires whether they agree, who to talk to first and the risk question, and nothing else", () => {
    const empty = viewSchema.safeParse({});
    expect(empty.success).toBe(false);
    const missing = empty.error!.issues.map((i) => i.path.join("."));
    expect(missing.sort()).toEqual(["agrees", "contactWho", "selfHarmThoughts"]);
    expect(viewSchema.safeParse(answers).success).toBe(true);
    expect(viewSchema.safeParse({ ...answers, parentAnswers: "x" }).success).toBe(false);
    // In the browser an unanswered radio group is null; it is not an answer, and not an error.
    expect(viewSchema.safeParse({ ...answers, mayActSoon: null, contactHow: false }).success).toBe(true);
  });

  it("counts 'might act soon' only after a yes or not sure to thoughts, as the journeys do", () => {
    const parse = (extra: object) => riskOfView(viewSchema.parse({ ...answers, ...extra }));
    expect(parse({ selfHarmThoughts: "no", mayActSoon: "yes" })).toMatchObject({
      urgent: false,
      flags: { selfHarmThoughts: false, mayActSoon: false },
    });
    expect(parse({ selfHarmThoughts: "not-sure" })).toMatchObject({
      urgent: false,
      flags: { selfHarmThoughts: true, mayActSoon: false },
    });
    expect(parse({ selfHarmThoughts: "yes", mayActSoon: "not-sure" })).toMatchObject({
      urgent: true,
      flags: { selfHarmThoughts: true, mayActSoon: true },
    });
  });

  it("shows staff every answer with its words, and 'Not answered' for what was left out", () => {
    const rows = viewRows(viewSchema.parse({ ...answers, contactHow: ["text", "email"] }));
    expect(rows.find((r) => r.key === "Who to talk to first")?.value).toBe("Me");
    expect(rows.find((r) => r.key === "How to get in touch")?.value).toBe("Text message, Email");
    expect(rows.find((r) => r.key === "In their own words")?.value).toBe("Not answered");
  });
});

describe("offering the private link", () => {
  const referrer = { email: "Parent@Example.net", phone: "07700 900982" };

  it("asks for the young person's email or phone", () => {
    expect(offerSchema.safeParse({}).success).toBe(false);
    expect(offerSchema.safeParse({ youngPersonEmail: "sam@example.net" }).success).toBe(true);
    expect(offerSchema.safeParse({ youngPersonPhone: "07700 900456" }).success).toBe(true);
  });

  it("refuses the referrer's own email or phone as the young person's, so their answers stay private", () => {
    expect(sameAsReferrer({ youngPersonEmail: "parent@example.net" }, referrer)).toBe("youngPersonEmail");
    expect(sameAsReferrer({ youngPersonPhone: "+44 7700 900982" }, referrer)).toBe("youngPersonPhone");
    expect(sameAsReferrer({ youngPersonEmail: "sam@example.net" }, referrer)).toBeNull();
    expect(sameAsReferrer({ youngPersonPhone: "07700 900456" }, referrer)).toBeNull();
  });
});
