import { describe, expect, it } from "vitest";
import { getService } from "@/lib/config";
import { ageOn, routeProgramme } from "@/lib/referrals/age";

const programmes = getService().programmes;
const route = (age: number, opts: { diagnosis?: "yes" | "no" | "not-sure"; withParent?: boolean } = {}) =>
  routeProgramme(programmes, { age, diagnosis: opts.diagnosis, withParent: opts.withParent ?? false })?.id ?? null;

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

describe("routing to a programme by age and need", () => {
  it.each([
    [9, "fb-ipt", true],
    [11, "fb-ipt", true],
    [12, "fb-ipt", true],
    [12, "ipt-a", false],
    [15, "ipt-a", false],
    [18, "ipt-a", false],
    [19, "adult-ipt", false],
    [70, "adult-ipt", false],
  ])("points someone aged %i to %s (parent referring: %s)", (age, expected, withParent) => {
    expect(route(age, { withParent, diagnosis: "yes" })).toBe(expected);
  });

  it("points a young person with symptoms but no diagnosis to the prevention group (IPT-AST)", () => {
    expect(route(14, { diagnosis: "no" })).toBe("ipt-ast");
    expect(route(14, { diagnosis: "not-sure" })).toBe("ipt-a");
  });

  it("finds nothing for someone outside every programme's ages", () => {
    expect(route(8)).toBeNull();
    expect(route(3, { withParent: true })).toBeNull();
  });

  it("only routes to programmes the service offers", () => {
    const withoutAst = programmes.map((p) => (p.id === "ipt-ast" ? { ...p, offered: false } : p));
    expect(routeProgramme(withoutAst, { age: 14, diagnosis: "no", withParent: false })?.id).toBe("ipt-a");
    const childrenOnly = programmes.map((p) => ({ ...p, offered: p.id === "fb-ipt" }));
    expect(routeProgramme(childrenOnly, { age: 30, withParent: false })).toBeNull();
  });
});
