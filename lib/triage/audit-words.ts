import type { AuditAction } from "@/lib/audit/record";
import { ERASURE_REASONS } from "./erasure";
import { STATUS_LABELS, type Status } from "./labels";

/** Each kind of audit event as staff say it; the filter lists these, never the codes. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  "auth.sign_in": "Signed in",
  "auth.sign_in_failed": "Sign-in failed",
  "auth.sign_in_locked": "Sign-in locked after too many tries",
  "auth.sign_out": "Signed out",
  "auth.sign_out_everywhere": "Signed out everywhere",
  "auth.session_expired": "Session ended",
  "auth.password_changed": "Password changed",
  "auth.two_factor_enabled": "Two-factor authentication set up",
  "inbox.viewed": "Inbox viewed",
  "referral.viewed": "Referral viewed",
  "referral.assigned": "Assigned",
  "referral.status_changed": "Status changed",
  "referral.note_added": "Note added",
  "referral.programme_changed": "Programme changed",
  "referral.urgency_changed": "Urgency changed",
  "referral.duplicate_linked": "Linked with a possible duplicate",
  "referral.duplicate_dismissed": "Possible duplicate dismissed",
  "referral.duplicates_backfilled": "Earlier referrals checked for possible duplicates",
  "held_submission.released": "Held form released to the inbox",
  "held_submission.discarded": "Held form discarded",
  "referral.exported": "Exported to a spreadsheet (CSV)",
  "referral.subject_access_exported": "Full record downloaded (subject access request)",
  "referral.erased": "Referral erased",
  "referral.anonymised": "Finished referrals anonymised",
  "referral.email_resent": "Email sent again",
  "draft_return_link.email_resent": "Save-and-return email sent again",
  "young_person.link_offered": "Private link offered to the young person",
  "young_person.view_added": "Young person added their view",
  "young_person.link_shown_to_staff": "Private link shown to staff",
  "audit.viewed": "Audit log viewed",
  "staff.created": "Staff account created",
  "staff.deactivated": "Staff account deactivated",
  "staff.reactivated": "Staff account reactivated",
  "staff.sessions_revoked": "Staff member signed out everywhere",
  "report.viewed": "Service report viewed",
  "report.exported": "Service report downloaded (CSV)",
  "progress.checked": "Someone checked a referral's progress",
  "progress.limited": "Progress checks paused for too many tries",
};

export interface AuditWordsContext {
  staffName: (id: string) => string;
  programmeName: (id: string | null) => string;
  /** A status change's reason while the referral still holds it; null once removed. */
  statusReason?: (statusChangeId: string) => string | null;
  /** A programme or urgency change's reason while the referral still holds it; null once removed. */
  changeReason?: (referralChangeId: string) => string | null;
}

type Detail = Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" ? v : null);
const status = (v: unknown) => STATUS_LABELS[v as Status] ?? String(v);
const plural = (n: unknown, one: string, many = `${one}s`) => `${Number(n)} ${Number(n) === 1 ? one : many}`;

/**
 * One audit event in words: "Status changed: In review → Accepted", "Assigned to Sam Patel". Only
 * facts the event holds, and a change's reason as the referral still keeps it (shown only
 * to those who may read the audit log, who may read the referral too).
 */
export function describeAuditEvent(action: string, detail: unknown, context: AuditWordsContext): string {
  const label = AUDIT_ACTION_LABELS[action as AuditAction] ?? action;
  const d = (detail && typeof detail === "object" ? detail : {}) as Detail;
  switch (action) {
    case "referral.status_changed":
      return `${label}: ${status(d.from)} → ${status(d.to)}${reasonWords(d, "statusChangeId", context.statusReason)}`;
    case "referral.assigned":
      return str(d.assigneeId) ? `Assigned to ${context.staffName(str(d.assigneeId)!)}` : "Unassigned";
    case "referral.programme_changed":
      return `${label}: ${context.programmeName(str(d.from))} → ${context.programmeName(str(d.to))}${reasonWords(d, "changeId", context.changeReason)}`;
    case "referral.urgency_changed":
      return `${label}: ${str(d.from) ?? "?"} → ${str(d.to) ?? "?"}${reasonWords(d, "changeId", context.changeReason)}`;
    case "referral.duplicate_linked":
    case "referral.duplicate_dismissed":
      return str(d.otherReference) ? `${label}: ${d.otherReference}` : label;
    case "referral.exported":
      return d.rows === undefined ? label : `${label}: ${plural(d.rows, "referral")}`;
    case "referral.erased": {
      const reason = ERASURE_REASONS[d.reason as keyof typeof ERASURE_REASONS];
      return reason ? `${label}: ${reason}` : label;
    }
    case "referral.duplicates_backfilled":
      return d.recorded === undefined ? label : `${label}: ${plural(d.recorded, "possible duplicate")} found`;
    case "referral.anonymised":
      return d.count === undefined ? label : `${label}: ${plural(d.count, "referral")}`;
    case "auth.sign_in_failed":
      return str(d.stage) === "code" ? `${label}: wrong code` : `${label}: wrong password`;
    case "staff.created":
      return str(d.role) ? `${label} (${String(d.role).toLowerCase()})` : label;
    default:
      return label;
  }
}

/**
 * ", reason: …" for a status, programme or urgency change, read from the referral's own record (the
 * audit entry holds only the change's id, so the words go when retention or erasure removes them
 * from the referral). Entries made before the id was kept say nothing of a reason.
 */
function reasonWords(
  d: Detail,
  idKey: "statusChangeId" | "changeId",
  lookUp: ((id: string) => string | null) | undefined,
): string {
  if (d.reasonGiven !== true) return "";
  const id = str(d[idKey]);
  const reason = id ? lookUp?.(id) : null;
  return reason ? `, reason: “${reason}”` : ", reason removed with the referral’s personal details";
}
