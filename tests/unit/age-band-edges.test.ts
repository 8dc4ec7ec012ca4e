import { describe, expect, it } from "vitest";
import { getService } from "@/lib/config";
import { ageIsServed, ageOn, inAgeBand, suggestProgramme } from "@/lib/referrals/age";

// The edges of age and programme choice (lib/referrals/age.ts) the main routing table leaves open.

const programmes = getService().programmes;

describe("age on a day", () => {
  const dob = new Date(Date.UTC(2010, 4, 20));

  it("is a year less in an earlier month than the birthday, and the full years in a later one", () => {
    expect(ageOn(dob, new Date(Date.UTC(2026, 3, 30)))).toBe(15);
    expect(ageOn(dob, new Date(Date.UTC(2026, 5, 1)))).toBe(16);
  });

  it("is the full years later in the birthday's month, even on a smaller day number in a later month", () => {
    expect(ageOn(dob, new Date(Date.UTC(2026, 4, 31)))).toBe(16);
    expect(ageOn(dob, new Date(Date.UTC(2026, 6, 2)))).toBe(16);
  });
});

describe("an age band", () => {
  const band = { fromBirthday: 9, untilBirthday: 13 };

  it("starts on its first birthday and ends the day before its last", () => {
    expect([8, 9, 12, 13].map((age) => inAgeBand(band, age))).toEqual([false, true, true, false]);
  });

  it("has no upper end when untilBirthday is null", () => {
    expect(inAgeBand({ fromBirthday: 18, untilBirthday: null }, 120)).toBe(true);
    expect(inAgeBand({ fromBirthday: 18, untilBirthday: null }, 17)).toBe(false);
  });
});

describe("programme choice at the edges", () => {
  it("moves a parent's 13-year-old from the family programme to the adolescent one", () => {
    expect(suggestProgramme(programmes, { age: 13, referrer: "parent", anyRiskFlag: false })?.id).toBe("ipt-a");
  });

  it("serves no age when no programme is offered", () => {
    const none = programmes.map((p) => ({ ...p, offered: false }));
    expect(ageIsServed(none, 30)).toBe(false);
    expect(suggestProgramme(none, { age: 30, referrer: "self", anyRiskFlag: false })).toBeNull();
  });

  it("prefers a one-to-one programme to the family programme when someone other than a parent refers", () => {
    expect(suggestProgramme(programmes, { age: 12, referrer: "self", anyRiskFlag: false })?.id).toBe("ipt-a");
    expect(suggestProgramme(programmes, { age: 10, referrer: "professional", anyRiskFlag: true })?.id).toBe("fb-ipt");
  });

  it("suggests the family programme to a parent even when a risk flag is raised", () => {
    expect(suggestProgramme(programmes, { age: 10, referrer: "parent", anyRiskFlag: true })?.id).toBe("fb-ipt");
  });
});
