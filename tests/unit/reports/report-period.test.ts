import { describe, expect, it } from "vitest";
import { parsePeriod } from "@/lib/reports/period";

const now = new Date("2026-12-06T15:00:00Z"); // Sunday 6 December 2026

describe("the report's period, from the GET form", () => {
  it("defaults to this UK week and the 11 before it", () => {
    expect(parsePeriod({}, now)).toMatchObject({ from: "2026-09-14", to: "2026-12-06", errors: {} });
  });

  it("uses the dates chosen, inclusive", () => {
    expect(parsePeriod({ from: "2026-11-01", to: "2026-11-30" }, now)).toMatchObject({
      from: "2026-11-01",
      to: "2026-11-30",
      errors: {},
    });
  });

  it("takes 'today' in London: 00:30 BST on 1 July is already 1 July", () => {
    expect(parsePeriod({}, new Date("2026-06-30T23:30:00Z")).to).toBe("2026-07-01");
  });

  it.each([
    [{ from: "2026-02-30" }, "from", "Start date must be a real date"],
    [{ to: "next week" }, "to", "End date must be a real date"],
    [{ from: "1066-10-14" }, "from", "Start date must be a real date"],
    [{ from: "2026-12-01", to: "2026-11-01" }, "to", "End date must be the same as or after the start date"],
    [{ from: "2024-01-01", to: "2026-01-01" }, "to", "Choose a period of 2 years or less"],
  ] as const)(
    "refuses %o with a message beside the field, shows the default and keeps what was typed",
    (params, field, message) => {
      const period = parsePeriod(params, now);
      expect(period.errors).toEqual({ [field]: message });
      expect(period).toMatchObject({ from: "2026-09-14", to: "2026-12-06" });
      for (const [key, value] of Object.entries(params)) expect(period.entered[key as "from" | "to"]).toBe(value);
    },
  );

  it("reads the first value when a parameter is repeated, and ignores surrounding spaces", () => {
    expect(parsePeriod({ from: [" 2026-10-01 ", "2020-01-01"] }, now)).toMatchObject({
      from: "2026-10-01",
      errors: {},
    });
  });
});
