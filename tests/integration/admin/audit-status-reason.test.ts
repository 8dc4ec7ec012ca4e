import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { auditFilterSchema } from "@/lib/audit/browse";
import { getDb } from "@/lib/db";
import { installJobs } from "@/lib/jobs/boss";
import { readAuditLog } from "@/lib/triage/audit-log";
import { changeStatus } from "@/lib/triage/changes";
import { eraseReferral } from "@/lib/triage/data-protection";
import { anonymiseExpiredReferrals } from "@/lib/triage/retention";
import { insertReferral } from "../../helpers/referral-factory";
import { contextFor, createTestStaff, signInAs } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import type { TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

// A reason is free text ("Mum says Jo has moved in with her dad in Leeds"). The audit log is kept
// longer than referrals (AUDIT_RETENTION_DAYS, six years, against RETENTION_DAYS after a referral
// finishes) and can never be changed, so it must not hold the words: it points at the status
// change, and shows the reason from there while the referral keeps it.

let database: TestDatabase;
beforeAll(async () => {
  database = await setUpStaffDatabase();
  await installJobs(database.url); // erasure deletes the referral's jobs too
  await signInAs(await createTestStaff("ADMIN"));
});
afterAll(() => database.drop());

const REASON = "Mum says Jo Bloggs has moved to Leeds to live with dad";
const wordsFor = async (reference: string) =>
  (
    await readAuditLog(
      getDb(),
      await contextFor("audit:view"),
      auditFilterSchema.parse({ action: "referral.status_changed", reference }),
    )
  ).rows.map((r) => r.words);
const storedAudit = async (target: string) =>
  (
    await getDb().$queryRaw<{ detail: string }[]>`
      SELECT detail::text AS detail FROM audit_event WHERE action = 'referral.status_changed' AND target = ${target}`
  ).map((r) => r.detail);

async function withdrawnWithReason() {
  const referral = await insertReferral(getDb());
  const result = await changeStatus(getDb(), await contextFor("referral:update"), referral.id, {
    from: "NEW",
    to: "WITHDRAWN",
    reason: REASON,
  });
  expect(result).toEqual({ ok: true });
  return referral;
}

describe("a status change's reason in the audit log", () => {
  it("is shown with the change in words, while the stored audit entry holds only which change it was", async () => {
    const referral = await withdrawnWithReason();
    expect(await wordsFor(referral.reference)).toEqual([
      `Status changed: New → Withdrawn, reason: \u201c${REASON}\u201d`,
    ]);
    const [stored] = await storedAudit(referral.id);
    expect(stored).not.toContain("Leeds");
    const change = await getDb().statusChange.findFirstOrThrow({ where: { referralId: referral.id } });
    expect(JSON.parse(stored!)).toMatchObject({ statusChangeId: change.id, reasonGiven: true });
  });

  it("says it was removed once retention anonymises the referral, and the audit entry is unchanged", async () => {
    const referral = await withdrawnWithReason();
    const before = await storedAudit(referral.id);
    await anonymiseExpiredReferrals(getDb(), 1, new Date(Date.now() + 3 * 86_400_000));
    expect(await wordsFor(referral.reference)).toEqual([
      "Status changed: New → Withdrawn, reason removed with the referral\u2019s personal details",
    ]);
    expect(await storedAudit(referral.id)).toEqual(before);
  });

  it("says it was removed once the referral is erased", async () => {
    const referral = await withdrawnWithReason();
    await eraseReferral(getDb(), await contextFor("referral:erase"), referral.id, { reason: "person-asked" });
    const { rows } = await readAuditLog(
      getDb(),
      await contextFor("audit:view"),
      auditFilterSchema.parse({ action: "referral.status_changed" }),
    );
    const words = rows.filter((r) => r.target === referral.id || r.referral?.reference === referral.reference);
    expect(words.map((r) => r.words)).toEqual([
      "Status changed: New → Withdrawn, reason removed with the referral\u2019s personal details",
    ]);
    expect(JSON.stringify(rows)).not.toContain("Leeds");
  });

  it("adds nothing to a change made without a reason", async () => {
    const referral = await insertReferral(getDb());
    await changeStatus(getDb(), await contextFor("referral:update"), referral.id, { from: "NEW", to: "IN_REVIEW" });
    expect(await wordsFor(referral.reference)).toEqual(["Status changed: New → In review"]);
  });
});
