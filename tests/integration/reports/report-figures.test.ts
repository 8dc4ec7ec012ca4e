import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getService } from "@/lib/config";
import { getDb } from "@/lib/db";
import { parsePeriod, reports, type Chart, type Report } from "@/lib/reports";
import { contextFor, createTestStaff, signInAs, type TestStaff } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import type { TestDatabase } from "../../helpers/test-database";
import { NOW, PERIOD, SEEDS, seedReportReferrals } from "./seeded-referrals";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

let database: TestDatabase;
let admin: TestStaff;
let report: Report;

beforeAll(async () => {
  database = await setUpStaffDatabase();
  admin = await createTestStaff("ADMIN");
  await signInAs(admin, "203.0.113.9");
  await seedReportReferrals(getDb(), admin.id);
  report = await reports.view(await contextFor("report:view"), parsePeriod(PERIOD, NOW), NOW);
});
afterAll(() => database.drop());

const chart = (id: Chart["id"]) => report.charts.find((c) => c.id === id)!;
/** A chart's table as { row label: cells }, for comparing with the hand-worked figures. */
const rows = (id: Chart["id"]) => Object.fromEntries(chart(id).table.rows.map((r) => [r.label, r.cells]));

describe("service report figures on twelve seeded referrals (worked by hand in seeded-referrals.ts)", () => {
  it("uses the example service's settings the hand-worked answers assume", () => {
    expect(getService().responseWorkingDays).toBe(5);
    expect(getService().programmes.map((p) => p.id)).toEqual(["fb-ipt", "ipt-a", "ipt-ast", "adult-ipt"]);
    expect(SEEDS).toHaveLength(12);
  });

  it("counts the twelve referrals received in the period, by London day, and no enquiries", () => {
    expect(report.total).toBe(12);
  });

  it("counts referrals per UK week by type of referral", () => {
    const byJourney = chart("referrals-by-journey");
    expect(byJourney.table.header).toEqual([
      "Week beginning (Monday, UK time)",
      "Young person, for themselves",
      "Adult, for themselves",
      "Parent or carer, for a child",
      "Professional referral",
      "Total",
    ]);
    expect(rows("referrals-by-journey")).toEqual({ "2 Nov 2026": [1, 2, 2, 2, 7], "9 Nov 2026": [2, 0, 1, 2, 5] });
  });

  it("counts referrals per UK week by programme, with signposted and not-yet-placed columns", () => {
    expect(chart("referrals-by-programme").table.header.slice(1)).toEqual([
      "Family-based IPT (FB-IPT)",
      "IPT for young people (IPT-A)",
      "IPT skills group (IPT-AST)",
      "IPT for adults",
      "None: signposted elsewhere",
      "Not yet placed",
      "Total",
    ]);
    expect(rows("referrals-by-programme")).toEqual({
      "2 Nov 2026": [2, 2, 1, 1, 0, 1, 7],
      "9 Nov 2026": [1, 2, 0, 1, 1, 0, 5],
    });
  });

  it("measures time to the first staff action: median 3, 90th percentile 6.3 working days", () => {
    // Sorted: 0 1 2 2 3 3 4 5 6 9. Median (3 + 3) / 2 = 3. 90th: h = 9 × 0.9 = 8.1, 6 + 0.1 × (9 − 6) = 6.3.
    // 8 within 5 days; R7 and R12 still waiting, both past 5 working days by 25 November: 8 / 12 = 66.7%.
    expect(rows("response-times")["First staff action"]).toEqual([10, 3, 6.3, 66.7, 2, 2]);
  });

  it("measures time to an outcome: median 6, 90th percentile 9 working days", () => {
    // Sorted: 2 4 5 7 8 10. Median (5 + 7) / 2 = 6. 90th: h = 5 × 0.9 = 4.5, 8 + 0.5 × (10 − 8) = 9.
    // 3 within 5 days; the 6 without an outcome are all past 5 working days: 3 / 12 = 25%.
    expect(rows("response-times").Outcome).toEqual([6, 6, 9, 25, 6, 6]);
  });

  it("draws the medians and 90th percentiles against the response standard", () => {
    const times = chart("response-times");
    expect(times.series[0]!.values).toEqual([3, 6.3, 6, 9]);
    expect(times.reference).toEqual({ value: 5, label: "Response standard: 5 working days" });
  });

  it("counts where each programme's referrals stand now", () => {
    expect(chart("outcomes-by-programme").table.header).toEqual([
      "Programme",
      "Still open (new or in review)",
      "Accepted",
      "Signposted elsewhere",
      "Declined",
      "Withdrawn",
      "Closed",
      "Total",
    ]);
    expect(rows("outcomes-by-programme")).toEqual({
      "Family-based IPT (FB-IPT)": [1, 1, 0, 0, 1, 0, 3],
      "IPT for young people (IPT-A)": [2, 1, 0, 1, 0, 0, 4],
      "IPT skills group (IPT-AST)": [1, 0, 0, 0, 0, 0, 1],
      "IPT for adults": [1, 1, 0, 0, 0, 0, 2],
      "None: signposted elsewhere": [0, 0, 1, 0, 0, 0, 1],
      "Not yet placed": [1, 0, 0, 0, 0, 0, 1],
    });
    expect(chart("outcomes-by-programme").summary).toContain("6 are still open and 6 have an outcome; 3 (50%");
  });

  it("gives the urgent share each week: 2 of 7, then 2 of 5", () => {
    expect(rows("urgent-share")).toEqual({ "2 Nov 2026": [2, 7, 28.6], "9 Nov 2026": [2, 5, 40] });
    expect(chart("urgent-share").summary).toContain("4 of 12 referrals (33.3%) were urgent");
  });

  it("counts who referred, telling GPs from other professionals by their role", () => {
    expect(rows("sources")).toEqual({
      "The person themselves": [5, 41.7],
      "A parent or carer": [3, 25],
      "A GP": [2, 16.7],
      "Another professional": [2, 16.7],
    });
  });

  it("puts the same numbers in each chart as in the column of the table beneath it with the series' name", () => {
    // Response times draw one bar per measure; their figures are checked against the table above.
    for (const c of report.charts.filter((c) => c.id !== "response-times")) {
      expect(
        c.table.rows.map((r) => r.label),
        c.id,
      ).toEqual(c.categories.map((cat) => cat.label));
      for (const series of c.series) {
        const column = c.table.header.indexOf(series.label) - 1;
        expect(column, `${c.id}: ${series.label} has a column`).toBeGreaterThanOrEqual(0);
        expect(
          c.table.rows.map((r) => r.cells[column]),
          `${c.id}: ${series.label}`,
        ).toEqual(series.values);
      }
    }
  });

  it("records the view in the audit log with the period and a count, and no one's details", async () => {
    const event = await getDb().auditEvent.findFirstOrThrow({
      where: { action: "report.viewed" },
      orderBy: { id: "desc" },
    });
    expect(event).toMatchObject({ actorId: admin.id, ip: "203.0.113.9" });
    expect(event.detail).toEqual({ from: "2026-11-02", to: "2026-11-15", referrals: 12 });
  });
});
