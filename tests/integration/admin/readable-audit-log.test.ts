import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { auditFilterSchema } from "@/lib/audit/browse";
import { getService } from "@/lib/config";
import { getDb } from "@/lib/db";
import { readAuditLog } from "@/lib/triage/audit-log";
import { assignReferral, changeStatus } from "@/lib/triage/changes";
import { exportInboxCsv } from "@/lib/triage/data-protection";
import { parseInboxFilter } from "@/lib/triage/filters";
import { insertReferral } from "../../helpers/referral-factory";
import { contextFor, createTestStaff, signInAs, type TestStaff } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import type { TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

let database: TestDatabase;
let admin: TestStaff;
let colleague: TestStaff;
beforeAll(async () => {
  database = await setUpStaffDatabase();
  colleague = await createTestStaff("TRIAGER");
  admin = await createTestStaff("ADMIN");
  await signInAs(admin);
});
afterAll(() => database.drop());

const nameOf = async (staff: TestStaff) => (await getDb().user.findUniqueOrThrow({ where: { id: staff.id } })).name;
const read = async (params: Record<string, string>) =>
  readAuditLog(getDb(), await contextFor("audit:view"), auditFilterSchema.parse(params));

describe("the audit log, in words", () => {
  it("says what happened, to which referral and by whom, with the raw entry kept", async () => {
    const referral = await insertReferral(getDb());
    const context = await contextFor("referral:update");
    await changeStatus(getDb(), context, referral.id, { from: "NEW", to: "IN_REVIEW" });
    await assignReferral(getDb(), context, referral.id, colleague.id);

    const { rows } = await read({ reference: referral.reference.toLowerCase().replace("-", "") });
    expect(rows.map((r) => r.words)).toEqual([
      `Assigned to ${await nameOf(colleague)}`,
      "Status changed: New → In review",
    ]);
    expect(rows.every((r) => r.referral?.reference === referral.reference && r.referral.id === referral.id)).toBe(true);
    const adminName = await nameOf(admin);
    expect(rows.every((r) => r.actor === adminName)).toBe(true);
    const status = rows.find((r) => r.action === "referral.status_changed")!;
    expect(JSON.parse(status.detail!)).toEqual({
      from: "NEW",
      to: "IN_REVIEW",
      statusChangeId: expect.any(String),
      reasonGiven: false,
    });
  });

  it("filters by person and by action", async () => {
    const referral = await insertReferral(getDb());
    await signInAs(colleague);
    await changeStatus(getDb(), await contextFor("referral:update"), referral.id, {
      from: "NEW",
      to: "WITHDRAWN",
      reason: "Moved away",
    });
    await signInAs(admin);

    const byPerson = await read({ actor: colleague.id });
    expect(byPerson.rows.length).toBeGreaterThan(0);
    const colleagueName = await nameOf(colleague);
    expect(byPerson.rows.every((r) => r.actor === colleagueName)).toBe(true);
    const byAction = await read({ action: "referral.status_changed", reference: referral.reference });
    expect(byAction.rows.map((r) => r.words)).toEqual(["Status changed: New → Withdrawn, reason: “Moved away”"]);
  });
});

describe("the CSV export", () => {
  it("gives the received time in UK local time (BST in summer) and programme names, not codes", async () => {
    await insertReferral(getDb(), {
      familyName: "Summertime",
      programme: "ipt-a",
      createdAt: new Date("2026-07-01T12:30:00Z"),
    });
    await insertReferral(getDb(), {
      familyName: "Summertime",
      programme: "ipt-a",
      createdAt: new Date("2026-01-15T09:05:00Z"),
    });
    const { csv } = await exportInboxCsv(
      getDb(),
      await contextFor("referral:export"),
      parseInboxFilter({ q: "Summertime" }).filter,
    );
    const programme = getService().programmes.find((p) => p.id === "ipt-a")!.name;
    expect(csv).toContain("01/07/2026 13:30");
    expect(csv).toContain("15/01/2026 09:05");
    expect(csv).toContain(programme);
    expect(csv).not.toMatch(/,"?ipt-a"?,/);
  });
});
