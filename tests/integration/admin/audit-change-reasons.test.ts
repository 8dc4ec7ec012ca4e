import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { auditFilterSchema } from "@/lib/audit/browse";
import { getDb } from "@/lib/db";
import { installJobs } from "@/lib/jobs/boss";
import { readAuditLog } from "@/lib/triage/audit-log";
import { describeAuditEvent } from "@/lib/triage/audit-words";
import { changeStatus } from "@/lib/triage/changes";
import { eraseReferral } from "@/lib/triage/data-protection";
import { changeProgramme, changeUrgency } from "@/lib/triage/referral-changes";
import { anonymiseExpiredReferrals } from "@/lib/triage/retention";
import { insertReferral } from "../../helpers/referral-factory";
import { contextFor, createTestStaff, signInAs } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import type { TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

// A programme or urgency change's reason is free text that may name people, as a status change's
// is (audit-status-reason.test.ts): the audit entry names the change by id, and the audit page
// shows the reason from the referral while it keeps it.

let database: TestDatabase;
beforeAll(async () => {
  database = await setUpStaffDatabase();
  await installJobs(database.url); // erasure deletes the referral's jobs too
  await signInAs(await createTestStaff("ADMIN"));
});
afterAll(() => database.drop());

const PROGRAMME_REASON = "Gran says Jo Bloggs would rather be seen with her sister";
const URGENCY_REASON = "Jo Bloggs's GP rang: new self-harm since Friday";
const ACTIONS = ["referral.programme_changed", "referral.urgency_changed"] as const;

const wordsFor = async (reference: string) => {
  const words: string[] = [];
  for (const action of ACTIONS) {
    const { rows } = await readAuditLog(
      getDb(),
      await contextFor("audit:view"),
      auditFilterSchema.parse({ action, reference }),
    );
    words.push(...rows.map((r) => r.words));
  }
  return words;
};
const storedAudit = async (target: string) =>
  (
    await getDb().$queryRaw<{ action: string; detail: string }[]>`
      SELECT action, detail::text AS detail FROM audit_event
      WHERE action IN ('referral.programme_changed', 'referral.urgency_changed') AND target = ${target}
      ORDER BY action`
  ).map((r) => ({ action: r.action, detail: JSON.parse(r.detail) as Record<string, unknown> }));

/** A referral placed in the adult programme and raised to urgent, each with a reason. */
async function changedWithReasons() {
  const referral = await insertReferral(getDb(), { programme: "ipt-a", urgent: false });
  const context = await contextFor("referral:update");
  expect(await changeProgramme(getDb(), context, referral.id, { to: "adult-ipt", reason: PROGRAMME_REASON })).toEqual({
    ok: true,
  });
  expect(await changeUrgency(getDb(), context, referral.id, { urgent: true, reason: URGENCY_REASON })).toEqual({
    ok: true,
  });
  return referral;
}

describe("a programme or urgency change's reason in the audit log", () => {
  it("is shown with the change in words, while the stored audit entries hold only which change it was", async () => {
    const referral = await changedWithReasons();
    expect(await wordsFor(referral.reference)).toEqual([
      `Programme changed: IPT for young people (IPT-A) → IPT for adults, reason: \u201c${PROGRAMME_REASON}\u201d`,
      `Urgency changed: routine → urgent, reason: \u201c${URGENCY_REASON}\u201d`,
    ]);
    const stored = await storedAudit(referral.id);
    expect(JSON.stringify(stored)).not.toContain("Bloggs");
    const changes = await getDb().referralChange.findMany({
      where: { referralId: referral.id },
      orderBy: { field: "asc" },
    });
    expect(changes.map((c) => c.field)).toEqual(["PROGRAMME", "URGENCY"]);
    expect(stored.map((s) => s.detail)).toEqual([
      { from: "ipt-a", to: "adult-ipt", changeId: changes[0]!.id, reasonGiven: true },
      { from: "routine", to: "urgent", changeId: changes[1]!.id, reasonGiven: true },
    ]);
  });

  it("says it was removed once retention anonymises the referral, and the audit entries are unchanged", async () => {
    const referral = await changedWithReasons();
    await changeStatus(getDb(), await contextFor("referral:update"), referral.id, {
      from: "NEW",
      to: "WITHDRAWN",
      reason: "Moved away",
    });
    const before = await storedAudit(referral.id);
    await anonymiseExpiredReferrals(getDb(), 1, new Date(Date.now() + 3 * 86_400_000));
    expect(await wordsFor(referral.reference)).toEqual([
      "Programme changed: IPT for young people (IPT-A) → IPT for adults, reason removed with the referral\u2019s personal details",
      "Urgency changed: routine → urgent, reason removed with the referral\u2019s personal details",
    ]);
    expect(await storedAudit(referral.id)).toEqual(before);
  });

  it("says it was removed once the referral is erased", async () => {
    const referral = await changedWithReasons();
    await eraseReferral(getDb(), await contextFor("referral:erase"), referral.id, { reason: "person-asked" });
    const words: string[] = [];
    for (const action of ACTIONS) {
      const { rows } = await readAuditLog(getDb(), await contextFor("audit:view"), auditFilterSchema.parse({ action }));
      const erased = rows.filter((r) => r.target === referral.id);
      words.push(...erased.map((r) => r.words));
      expect(JSON.stringify(erased)).not.toContain("Bloggs");
    }
    expect(words).toEqual([
      "Programme changed: IPT for young people (IPT-A) → IPT for adults, reason removed with the referral\u2019s personal details",
      "Urgency changed: routine → urgent, reason removed with the referral\u2019s personal details",
    ]);
  });

  it("adds nothing to an entry made before changes were named in the audit log", () => {
    // Entries written before the change's id was kept hold { from, to } only, and keep their old words.
    const words = describeAuditEvent(
      "referral.urgency_changed",
      { from: "routine", to: "urgent" },
      { staffName: () => "", programmeName: () => "", changeReason: () => "not this entry's reason" },
    );
    expect(words).toBe("Urgency changed: routine → urgent");
  });
});
