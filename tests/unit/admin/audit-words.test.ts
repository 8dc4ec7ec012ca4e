import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "@/lib/audit/record";
import { AUDIT_ACTION_LABELS, describeAuditEvent } from "@/lib/triage/audit-words";

const context = {
  staffName: (id: string) => (id === "s1" ? "Sam Patel" : "a former staff member"),
  programmeName: (id: string | null) => (id === "ipt-a" ? "IPT for young people (IPT-A)" : "none"),
};

describe("audit events in words", () => {
  it("has words for every kind of event, none of them a code", () => {
    for (const action of AUDIT_ACTIONS) {
      expect(AUDIT_ACTION_LABELS[action], action).toMatch(/^[A-Z][^._]*$/);
    }
  });

  it.each([
    ["referral.status_changed", { from: "IN_REVIEW", to: "ACCEPTED" }, "Status changed: In review → Accepted"],
    ["referral.assigned", { assigneeId: "s1" }, "Assigned to Sam Patel"],
    ["referral.assigned", { assigneeId: null }, "Unassigned"],
    [
      "referral.programme_changed",
      { from: "ipt-a", to: null },
      "Programme changed: IPT for young people (IPT-A) → none",
    ],
    ["referral.urgency_changed", { from: "routine", to: "urgent" }, "Urgency changed: routine → urgent"],
    ["referral.exported", { rows: 12 }, "Exported to a spreadsheet (CSV): 12 referrals"],
    ["referral.erased", { reason: "duplicate" }, "Referral erased: A duplicate of another referral"],
    ["referral.duplicate_linked", { otherReference: "4NA2-E6NV" }, "Linked with a possible duplicate: 4NA2-E6NV"],
    ["auth.sign_in", { method: "totp" }, "Signed in"],
  ])("describes %s %j", (action, detail, words) => {
    expect(describeAuditEvent(action, detail, context)).toBe(words);
  });
});
