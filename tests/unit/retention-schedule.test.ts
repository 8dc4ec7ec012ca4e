import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RetentionSchedule } from "@/components/content/retention-schedule";
import { days, retentionSchedule } from "@/lib/retention/schedule";
import { prismaSchemaText } from "../helpers/prisma-schema-text";

const models = [...prismaSchemaText().matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!);
const covered = retentionSchedule.flatMap((entry) => entry.stores);
// Stores outside Prisma's schema that hold data all the same.
const otherStores = ["mail files", "pg-boss jobs"];

describe("the retention schedule", () => {
  it("names a rule for every table in the Prisma schema (prisma/schema/)", () => {
    expect(models.length).toBeGreaterThan(10);
    expect(models.filter((model) => !covered.includes(model))).toEqual([]);
  });

  it("names no table that does not exist, and each store once", () => {
    expect(covered.filter((store) => !models.includes(store) && !otherStores.includes(store))).toEqual([]);
    expect(new Set(covered).size).toBe(covered.length);
  });

  it("shows the privacy notice this deployment's periods, from the same list", () => {
    const html = renderToStaticMarkup(createElement(RetentionSchedule));
    expect(html).toContain("730 days (about 2 years) after it is finished");
    expect(html).toContain("2190 days (about 6 years)");
    expect(html.match(/<tr>/g)).toHaveLength(retentionSchedule.length + 1);
  });
});

describe("each entry of the privacy notice's table", () => {
  const periods = { referralDays: 730, auditDays: 2190, mailFileDays: 30 };
  it.each(retentionSchedule.map((entry) => ({ store: entry.stores.join(", "), entry })))(
    "says what $store holds and how long, in words",
    ({ entry }) => {
      expect(entry.holds.trim().split(/\s+/).length).toBeGreaterThan(3);
      expect(entry.keptFor(periods).trim()).not.toBe("");
    },
  );
});

describe("a period in the privacy notice's words", () => {
  it.each([
    [30, "30 days"],
    [364, "364 days"],
    [365, "365 days (about 1 year)"],
    [547, "547 days (about 1 year)"],
    [548, "548 days (about 2 years)"],
    [2190, "2190 days (about 6 years)"],
  ])("%i days reads %j: in years too from a year, one year singular", (n, words) => {
    expect(days(n)).toBe(words);
  });
});
