import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { CrisisLinesInline } from "@/components/crisis/crisis-lines-inline";
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

describe("crisis lines ordered for the reader", () => {
  it.each(nations)("a young person in %s sees Childline and Shout first, and loses no line", (nation) => {
    const forYoungPerson = crisisLinesFor(nation, "young-person");
    expect(forYoungPerson.slice(0, 2).map((line) => line.id)).toEqual(["childline", "shout"]);
    expect([...forYoungPerson].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...crisisLinesFor(nation)].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it("keeps the nation's own urgent line first for everyone else", () => {
    expect(crisisLinesFor("scotland")[0]!.id).toBe("nhs-24-scotland");
  });

  it("puts Childline first in a young person's short notice, and the urgent line first in everyone else's", () => {
    const young = renderToStaticMarkup(
      createElement(CrisisLinesInline, { nation: "england", audience: "young-person" }),
    );
    const adult = renderToStaticMarkup(createElement(CrisisLinesInline, { nation: "england" }));
    expect(young.indexOf("tel:08001111")).toBeLessThan(young.indexOf('href="tel:111"'));
    expect(adult).not.toContain("tel:08001111");
    expect(adult.indexOf('href="tel:111"')).toBeLessThan(adult.indexOf("tel:116123"));
  });
});
