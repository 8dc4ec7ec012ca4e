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

  it("describes every programme with a sensible age range", () => {
    for (const programme of getService().programmes) {
      if (programme.maxAge !== null) expect(programme.maxAge).toBeGreaterThanOrEqual(programme.minAge);
    }
  });

  it.each([
    [{ ...serviceJson, email: "not-an-email" }, /email/],
    [{ ...serviceJson, responseWorkingDays: 0 }, /responseWorkingDays/],
    [{ ...serviceJson, programmes: [{ ...serviceJson.programmes[0], maxAge: 3 }] }, /programmes\.0\.maxAge: maxAge must be at least minAge/],
    [{ ...serviceJson, unknownSetting: true }, /Unrecognized key/],
  ])("rejects a bad configuration and names the field", (input, message) => {
    expect(() => parseServiceConfig(input)).toThrow(ConfigError);
    expect(() => parseServiceConfig(input)).toThrow(message);
  });
});
