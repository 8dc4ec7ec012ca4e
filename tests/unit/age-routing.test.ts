import { describe, expect, it } from "vitest";
import { getService } from "@/lib/config";
import { ageIsServed, ageOn, suggestProgramme, type RoutingNeeds } from "@/lib/referrals/age";

const programmes = getService().programmes;
const suggest = (age: number, referrer: RoutingNeeds["referrer"], anyRiskFlag = false) =>
  suggestProgramme(programmes, { age, referrer, anyRiskFlag })?.id ?? null;

describe("age from date of birth", () => {
  it("counts whole years, turning over on the birthday", () => {
    const dob = new Date(Date.UTC(2010, 4, 20));
    expect(ageOn(dob, new Date(Date.UTC(2026, 4, 19)))).toBe(15);
    expect(ageOn(dob, new Date(Date.UTC(2026, 4, 20)))).toBe(16);
  });

  it("handles a 29 February birthday in a non-leap year", () => {
    const dob = new Date(Date.UTC(2012, 1, 29));
    expect(ageOn(dob, new Date(Date.UTC(2026, 1, 28)))).toBe(13);
    expect(ageOn(dob, new Date(Date.UTC(2026, 2, 1)))).toBe(14);
  });
});

describe("suggesting a programme from age and who is referring", () => {
  // Every age edge in the example bands (FB-IPT 9 until 13, IPT-A and IPT-AST 12 until 18, adults from 18).
  it.each([
    [8, null, null, null],
    [9, "fb-ipt", "fb-ipt", "fb-ipt"],
    [11, "fb-ipt", "fb-ipt", "fb-ipt"],
    [12, "ipt-a", "fb-ipt", "ipt-a"],
    [15, "ipt-a", "ipt-a", "ipt-a"],
    [16, "ipt-a", "ipt-a", "ipt-a"],
    [17, "ipt-a", "ipt-a", "ipt-a"],
    [18, "adult-ipt", "adult-ipt", "adult-ipt"],
    [19, "adult-ipt", "adult-ipt", "adult-ipt"],
  ])("aged %i: self %s, parent %s, professional %s", (age, self, parent, professional) => {
    expect(suggest(age, "self")).toBe(self);
    expect(suggest(age, "parent")).toBe(parent);
    expect(suggest(age, "professional")).toBe(professional);
  });

  it("never suggests an adolescent programme to an 18-year-old", () => {
    for (const referrer of ["self", "parent", "professional"] as const) {
      expect(["ipt-a", "ipt-ast", "fb-ipt"]).not.toContain(suggest(18, referrer));
    }
  });

  it("suggests the prevention group only when it is the one programme for that age, and never with a risk flag", () => {
    const groupOnly = programmes.map((p) => ({ ...p, offered: p.id === "ipt-ast" }));
    expect(suggestProgramme(groupOnly, { age: 14, referrer: "professional", anyRiskFlag: false })?.id).toBe("ipt-ast");
    expect(suggestProgramme(groupOnly, { age: 14, referrer: "professional", anyRiskFlag: true })).toBeNull();
    for (const age of [12, 13, 14, 15, 16, 17]) {
      for (const referrer of ["self", "parent", "professional"] as const) {
        expect(suggest(age, referrer, true)).not.toBe("ipt-ast");
      }
    }
  });

  it("suggests the same programme whatever order the service lists its programmes in", () => {
    const reversed = [...programmes].reverse();
    for (let age = 8; age <= 19; age++) {
      for (const referrer of ["self", "parent", "professional"] as const) {
        for (const anyRiskFlag of [false, true]) {
          const needs = { age, referrer, anyRiskFlag };
          expect(suggestProgramme(reversed, needs)?.id ?? null).toBe(suggest(age, referrer, anyRiskFlag));
        }
      }
    }
    expect(suggestProgramme(reversed, { age: 15, referrer: "parent", anyRiskFlag: true })?.id).toBe("ipt-a");
  });

  it("only suggests programmes the service offers", () => {
    const noFamily = programmes.map((p) => (p.id === "fb-ipt" ? { ...p, offered: false } : p));
    expect(suggestProgramme(noFamily, { age: 12, referrer: "parent", anyRiskFlag: false })?.id).toBe("ipt-a");
    const childrenOnly = programmes.map((p) => ({ ...p, offered: p.id === "fb-ipt" }));
    expect(suggestProgramme(childrenOnly, { age: 30, referrer: "self", anyRiskFlag: false })).toBeNull();
  });

  it("says whether any programme takes a person of that age", () => {
    expect(ageIsServed(programmes, 8)).toBe(false);
    expect(ageIsServed(programmes, 9)).toBe(true);
    expect(ageIsServed(programmes, 17)).toBe(true);
    expect(ageIsServed(programmes, 18)).toBe(true);
  });
});
