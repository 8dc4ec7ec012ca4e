import { describe, expect, it } from "vitest";
import { crisisLinesFor, deafAndTextRoutes, everyCrisisLine, nations } from "@/lib/content/crisis-lines";

const maxAgeDays = 90;
const dayMs = 24 * 60 * 60 * 1000;

describe("the crisis lines", () => {
  it.each(everyCrisisLine().map((line) => [line.id, line] as const))(
    "%s was checked against its source within the last 90 days",
    (_id, line) => {
      expect(line.source).toMatch(/^https:\/\//);
      expect(line.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const age = (Date.now() - Date.parse(`${line.checkedOn}T00:00:00Z`)) / dayMs;
      expect(
        age,
        `${line.name} was last checked on ${line.checkedOn}: check it against ${line.source}`,
      ).toBeLessThanOrEqual(maxAgeDays);
      expect(age).toBeGreaterThanOrEqual(-1);
    },
  );

  it("gives every line its own id", () => {
    const ids = everyCrisisLine().map((line) => line.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ["england", "nhs-111-england", "Call 111 and choose the mental health option"],
    ["wales", "nhs-111-wales", "Call 111 and press 2 for mental health"],
    ["scotland", "nhs-24-scotland", "Call 111 and choose the mental health option"],
    ["northern-ireland", "lifeline-ni", "Call 0808 808 8000 (free)"],
  ] as const)("gives a service in %s its own urgent mental health line", (nation, id, action) => {
    const lines = crisisLinesFor(nation);
    const own = lines.find((line) => line.id === id);
    expect(own?.action).toBe(action);
    // No other nation's urgent line: Northern Ireland has no 111.
    expect(lines.filter((line) => line.id.startsWith("nhs-") || line.id === "lifeline-ni")).toHaveLength(1);
  });

  it("offers the UK-wide lines, Papyrus included, in every nation", () => {
    for (const nation of nations) {
      expect(crisisLinesFor(nation).map((line) => line.id)).toEqual(
        expect.arrayContaining(["samaritans", "shout", "childline", "papyrus"]),
      );
    }
  });

  it("lists the sign language and text routes to 999", () => {
    expect(deafAndTextRoutes.map((line) => line.id)).toEqual(["999-bsl", "emergency-sms", "relay-uk"]);
  });
});
