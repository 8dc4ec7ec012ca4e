import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/admin/reports/export/route";
import { getDb } from "@/lib/db";
import { createTestStaff, signInAs, type TestStaff } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import type { TestDatabase } from "../../helpers/test-database";
import { PERIOD, seedReportReferrals } from "./seeded-referrals";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

let database: TestDatabase;
let admin: TestStaff;
beforeAll(async () => {
  database = await setUpStaffDatabase();
  admin = await createTestStaff("ADMIN");
  await seedReportReferrals(getDb(), admin.id);
});
afterAll(() => database.drop());

const download = (params: Record<string, string>) =>
  GET(new Request(`http://127.0.0.1/admin/reports/export?${new URLSearchParams(params)}`), {
    params: Promise.resolve({}),
  });

describe("a report section as CSV", () => {
  it("downloads the weekly counts with quoted cells, weeks as UK dates and a BOM for Excel", async () => {
    await signInAs(admin);
    const response = await download({ chart: "referrals-by-journey", ...PERIOD });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="referrals-by-journey-2026-11-02-to-2026-11-15.csv"',
    );
    // Read as bytes: Response.text() would drop the byte-order mark.
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1)).toBe(
      [
        '"Week beginning (Monday, UK time)","Young person, for themselves","Adult, for themselves","Parent or carer, for a child","Professional referral","Total"',
        '"2026-11-02","1","2","2","2","7"',
        '"2026-11-09","2","0","1","2","5"',
        "",
      ].join("\r\n"),
    );
  });

  it("downloads the response times with units in the headings and empty cells for no data", async () => {
    await signInAs(admin);
    const text = await (await download({ chart: "response-times", ...PERIOD })).text();
    expect(text.split("\r\n")).toEqual([
      '"From receiving the referral to","Referrals measured","Median (working days)","90th percentile (working days)","Within 5 working days (%)","Still waiting","Still waiting, past the standard"',
      '"First staff action","10","3","6.3","66.7","2","2"',
      '"Outcome","6","6","9","25","6","6"',
      "",
    ]);
    // A week with no referrals has no urgent share: an empty cell, not a zero.
    const urgent = await (await download({ chart: "urgent-share", from: "2026-11-23", to: "2026-11-29" })).text();
    expect(urgent.split("\r\n")[1]).toBe('"2026-11-23","0","0",');
  });

  it("names programmes in full", async () => {
    await signInAs(admin);
    const text = await (await download({ chart: "outcomes-by-programme", ...PERIOD })).text();
    expect(text).toContain('"Family-based IPT (FB-IPT)","1","1","0","0","1","0","3"');
    expect(text).toContain('"Not yet placed","1","0","0","0","0","0","1"');
  });

  it("records each download in the audit log with the section and period", async () => {
    await signInAs(admin, "203.0.113.21");
    await download({ chart: "sources", ...PERIOD });
    const event = await getDb().auditEvent.findFirstOrThrow({
      where: { action: "report.exported" },
      orderBy: { id: "desc" },
    });
    expect(event).toMatchObject({ actorId: admin.id, ip: "203.0.113.21" });
    expect(event.detail).toEqual({ chart: "sources", from: "2026-11-02", to: "2026-11-15", referrals: 12 });
  });

  it.each([
    [{ ...PERIOD }, "Choose a report section to download."],
    [{ chart: "everyone's-names", ...PERIOD }, "Choose a report section to download."],
    [{ chart: "sources", from: "2026-13-01", to: "2026-11-15" }, "Start date must be a real date."],
    [
      { chart: "sources", from: "2026-11-15", to: "2026-11-01" },
      "End date must be the same as or after the start date.",
    ],
  ])("answers %o with 400 and a reason, never a 500", async (params, message) => {
    await signInAs(admin);
    const response = await download(params);
    expect(response.status).toBe(400);
    expect(await response.text()).toBe(message);
  });

  it("refuses a triager as if the page did not exist", async () => {
    await signInAs(await createTestStaff("TRIAGER"));
    const response = await download({ chart: "sources", ...PERIOD });
    expect(response.status).toBe(404);
  });
});
