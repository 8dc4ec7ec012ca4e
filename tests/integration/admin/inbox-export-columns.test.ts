import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { VIEW_HEADER } from "@/lib/triage/young-person-view-csv";
import { exportedInbox } from "../../helpers/inbox-export";
import { insertReferral } from "../../helpers/referral-factory";
import { createTestStaff, signInAs, type TestStaff } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import type { TestDatabase } from "../../helpers/test-database";

// Staff work from the exported spreadsheet: each column must be named, and each cell must sit under
// the name that says what it is (a phone number under "NHS number" would be read as one).

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

let database: TestDatabase;
let admin: TestStaff;
beforeAll(async () => {
  database = await setUpStaffDatabase();
  admin = await createTestStaff("ADMIN");
  await signInAs(admin);
});
afterAll(() => database.drop());

const now = new Date("2026-12-07T09:00:00Z");

const exportFor = (q: string) => exportedInbox(q, now);

describe("the CSV export's columns", () => {
  it("has one header row naming each column in order, then the young person's view", async () => {
    await insertReferral(getDb(), { familyName: "Headerrow" });
    const { header, rows } = await exportFor("Headerrow");
    expect(header).toEqual([
      "Reference",
      "Received",
      "Urgent",
      "Status",
      "Journey",
      "Programme",
      "Given name",
      "Family name",
      "Date of birth",
      "NHS number",
      "Email",
      "Phone",
      "Postcode",
      "Assigned to",
      ...VIEW_HEADER,
    ]);
    expect(rows).toHaveLength(1);
  });

  it("puts each detail of a referral under the column named for it", async () => {
    const assignee = await getDb().user.findUniqueOrThrow({ where: { id: admin.id } });
    const referral = await insertReferral(getDb(), {
      createdAt: new Date("2026-12-06T14:05:00Z"),
      urgent: true,
      status: "IN_REVIEW",
      journey: "PROFESSIONAL",
      programme: "ipt-ast",
      givenName: "Cass",
      familyName: "Columnar",
      dateOfBirth: new Date("2010-02-28"),
      nhsNumber: "9434765919",
      email: "cass.columnar@example.com",
      phone: "07700 900456",
      postcode: "EX2 4PQ",
      assigneeId: assignee.id,
    });
    const [row] = (await exportFor("Columnar")).rows;
    expect(row).toMatchObject({
      Reference: referral.reference,
      Received: "06/12/2026 14:05",
      Urgent: "Yes",
      Status: "In review",
      Journey: "Professional referral",
      Programme: "IPT skills group (IPT-AST)",
      "Given name": "Cass",
      "Family name": "Columnar",
      "Date of birth": "2010-02-28",
      "NHS number": "9434765919",
      Email: "cass.columnar@example.com",
      Phone: "07700 900456",
      Postcode: "EX2 4PQ",
      "Assigned to": assignee.name,
    });
  });

  it("says No for a referral not urgent, and leaves Assigned to blank when no one, or no staff account, holds it", async () => {
    const unassigned = await insertReferral(getDb(), { familyName: "Unheld", givenName: "Nobody", urgent: false });
    const leaver = await insertReferral(getDb(), {
      familyName: "Unheld",
      givenName: "Leaver",
      urgent: false,
      assigneeId: "account-since-removed",
    });
    const rows = new Map((await exportFor("Unheld")).rows.map((r) => [r.Reference, r]));
    for (const referral of [unassigned, leaver]) {
      expect(rows.get(referral.reference)).toMatchObject({ Urgent: "No", "Assigned to": "" });
    }
  });

  it("leaves Programme blank when none was chosen, and shows the id of a programme no longer offered", async () => {
    const none = await insertReferral(getDb(), { familyName: "Programmeless", programme: null });
    const retired = await insertReferral(getDb(), { familyName: "Programmeless", programme: "retired-course" });
    const rows = new Map((await exportFor("Programmeless")).rows.map((r) => [r.Reference, r]));
    expect(rows.get(none.reference)!.Programme).toBe("");
    expect(rows.get(retired.reference)!.Programme).toBe("retired-course");
  });
});
