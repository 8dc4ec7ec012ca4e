import "server-only";
import type { Database } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";

/** Every kind of event the audit log holds. Adding one here is the only way to record it. */
export const AUDIT_ACTIONS = [
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_in_locked",
  "auth.sign_out",
  "auth.sign_out_everywhere",
  "auth.session_expired",
  "auth.password_changed",
  "auth.two_factor_enabled",
  "inbox.viewed",
  "referral.viewed",
  "referral.assigned",
  "referral.status_changed",
  "referral.note_added",
  "referral.programme_changed",
  "referral.urgency_changed",
  "referral.duplicate_linked",
  "referral.duplicate_dismissed",
  "referral.duplicates_backfilled",
  "held_submission.released",
  "held_submission.discarded",
  "referral.exported",
  "referral.subject_access_exported",
  "referral.erased",
  "referral.anonymised",
  "referral.email_resent",
  "draft_return_link.email_resent",
  "young_person.link_offered",
  "young_person.view_added",
  "young_person.link_shown_to_staff",
  "progress.checked",
  "progress.limited",
  "audit.viewed",
  "staff.created",
  "staff.deactivated",
  "staff.reactivated",
  "staff.sessions_revoked",
  "report.viewed",
  "report.exported",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  /** The staff member, or null for the system or an unknown person. */
  actorId: string | null;
  action: AuditAction;
  /** What it was done to: a referral id, a staff id, or an account key. Never a name or email. */
  target?: string | null;
  ip?: string | null;
  /** Extra facts without personal data: counts, statuses, filter names. */
  detail?: Prisma.InputJsonValue;
}

type Writer = Pick<Database, "auditEvent">;

/** Appends one event. Pass the transaction client so the event and the change commit together. */
export async function recordAudit(db: Writer, entry: AuditEntry): Promise<void> {
  await auditEvent(db, entry);
}

/** The same write as a query, for `db.$transaction([...])` batches. */
export function auditEvent(db: Writer, entry: AuditEntry) {
  return db.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      target: entry.target ?? null,
      ip: entry.ip ? entry.ip.slice(0, 45) : null,
      detail: entry.detail,
    },
  });
}
