import { describe, expect, it } from "vitest";
import { ConfigError, getService, parseServiceConfig } from "@/lib/config";
import serviceJson from "@/content/service.json";
import exampleService from "../fixtures/example-service.json";

describe("the service configuration", () => {
  it("ships an example set of details that reaches nobody, never a real organisation's", () => {
    // The example set lives in a fixture: a team's real content/service.json must pass the tests too.
    const service = parseServiceConfig(exampleService);
    expect(service.email).toMatch(/@example\.org$/);
    // 01632 960xxx is Ofcom's range reserved for drama: it reaches nobody.
    expect(service.phone.replaceAll(" ", "")).toMatch(/^01632960\d{3}$/);
  });

  it("gives every programme a half-open age band and never takes an 18-year-old into a young people's programme", () => {
    for (const programme of getService().programmes) {
      if (programme.untilBirthday !== null) expect(programme.untilBirthday).toBeGreaterThan(programme.fromBirthday);
      if (programme.id !== "adult-ipt") expect(programme.untilBirthday ?? Infinity).toBeLessThanOrEqual(18);
    }
  });

  it.each([
    [{ ...serviceJson, email: "not-an-email" }, /email/],
    [{ ...serviceJson, responseWorkingDays: 0 }, /responseWorkingDays/],
    [
      { ...serviceJson, programmes: [{ ...serviceJson.programmes[0], untilBirthday: 9 }] },
      /programmes\.0\.untilBirthday: untilBirthday must be after fromBirthday/,
    ],
    [
      { ...serviceJson, officeHours: { ...serviceJson.officeHours, opens: "9am" } },
      /officeHours\.opens: expected a 24-hour time/,
    ],
    [
      { ...serviceJson, officeHours: { ...serviceJson.officeHours, closes: "08:00" } },
      /officeHours\.closes: closes must be after opens/,
    ],
    [
      { ...serviceJson, officeHours: { ...serviceJson.officeHours, bankHolidays: "wales" } },
      /officeHours\.bankHolidays/,
    ],
    [{ ...serviceJson, urgentStandard: "" }, /urgentStandard/],
    [
      { ...serviceJson, programmes: [{ ...serviceJson.programmes[0], sessions: { from: 20, to: 8 } }] },
      /programmes\.0\.sessions/,
    ],
    [{ ...serviceJson, unknownSetting: true }, /Unrecognized key/],
  ])("rejects a bad configuration and names the field", (input, message) => {
    expect(() => parseServiceConfig(input)).toThrow(ConfigError);
    expect(() => parseServiceConfig(input)).toThrow(message);
  });
});
