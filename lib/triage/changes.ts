import "server-only";
import type { Database } from "@/lib/db";
import type { StaffContext } from "@/lib/auth/guard";
import type { PgBoss } from "pg-boss";
import { recordAudit } from "@/lib/audit/record";
import { STATUS_LABELS, type Status } from "./labels";
import { canMove, FINISHED, REASON_REQUIRED } from "./workflow";
import { outcomeWordsFor, queueOutcomeEmail, type OutcomeChoice } from "./outcome-change";

export type ChangeResult = { ok: true } | { ok: false; field?: string; message: string };

const GONE: ChangeResult = { ok: false, message: "This referral no longer exists." };

/** Assigns a referral to an active staff member, or to no one. */
export async function assignReferral(
  db: Database,
  context: StaffContext,
  id: string,
  assigneeId: string | null,
): Promise<ChangeResult> {
  if (assigneeId && !(await db.user.findFirst({ where: { id: assigneeId, active: true }, select: { id: true } }))) {
    return { ok: false, field: "assigneeId", message: "Choose a current member of staff" };
  }
  return db.$transaction(async (tx) => {
    const { count } = await tx.referral.updateMany({ where: { id, anonymisedAt: null }, data: { assigneeId } });
    if (!count) return GONE;
    await recordAudit(tx, {
      actorId: context.staff.id,
      action: "referral.assigned",
      target: id,
      ip: context.ip,
      detail: { assigneeId },
    });
    return { ok: true };
  });
}

/**
 * Moves a referral along the workflow. `from` is the status the person saw, so two people acting
 * at once cannot overwrite each other's decision unseen. An outcome carries the words the person
 * will see; with `queue` (asked for only when needed), a professional's referral also gets its
 * outcome email (and its copy to the GP practice, when the person agreed), queued in the same transaction.
 */
export async function changeStatus(
  db: Database,
  context: StaffContext,
  id: string,
  change: { from: Status; to: Status; reason?: string } & OutcomeChoice,
  queue?: () => Promise<PgBoss>,
): Promise<ChangeResult> {
  const reason = change.reason?.trim() || undefined;
  const current = await db.referral.findFirst({ where: { id }, select: { journey: true } });
  if (!current) return GONE;
  if (!canMove(change.from, change.to, current.journey)) {
    return {
      ok: false,
      field: "to",
      message: `A referral cannot move from ${STATUS_LABELS[change.from]} to ${STATUS_LABELS[change.to]}`,
    };
  }
  if (REASON_REQUIRED.includes(change.to) && !reason) {
    return { ok: false, field: "reason", message: `Enter the reason for ${STATUS_LABELS[change.to].toLowerCase()}` };
  }
  return db.$transaction(async (tx) => {
    const words = await outcomeWordsFor(tx, id, change);
    if (words && !words.ok) return words;
    const { count } = await tx.referral.updateMany({
      where: { id, status: change.from, anonymisedAt: null },
      // closedAt marks when it finished, whatever the outcome: retention counts from then.
      data: { status: change.to, ...(FINISHED.includes(change.to) ? { closedAt: new Date() } : {}) },
    });
    if (!count) {
      const exists = await tx.referral.findFirst({ where: { id, anonymisedAt: null }, select: { status: true } });
      if (!exists) return GONE;
      return {
        ok: false,
        field: "to",
        message: `Someone else has changed the status to ${STATUS_LABELS[exists.status]}. Check the timeline, then try again.`,
      };
    }
    const recorded = await tx.statusChange.create({
      data: { referralId: id, from: change.from, to: change.to, reason, authorId: context.staff.id, ...words?.columns },
      select: { id: true },
    });
    const queued = words && queue ? await queueOutcomeEmail(tx, queue, id) : null;
    // The audit keeps which words were chosen and whether text was shared, never the text itself.
    // The reason is free text that may name people, and the audit log outlives the referral
    // (AUDIT_RETENTION_DAYS against RETENTION_DAYS) and cannot be changed: so the entry points at
    // the status change, and the audit page shows the reason from there for as long as the
    // referral keeps it (lib/triage/audit-log.ts), and says it was removed after that.
    await recordAudit(tx, {
      actorId: context.staff.id,
      action: "referral.status_changed",
      target: id,
      ip: context.ip,
      detail: {
        from: change.from,
        to: change.to,
        statusChangeId: recorded.id,
        reasonGiven: Boolean(reason),
        ...(words
          ? {
              outcomeWords: words.choice,
              sharedWithPerson: words.columns.sharedWithPerson,
              emailQueued: queued?.professional ?? false,
              gpEmailQueued: queued?.gpPractice ?? false,
            }
          : {}),
      },
    });
    return { ok: true };
  });
}

/** Adds an internal note. Notes are never edited or removed by staff. */
export async function addNote(db: Database, context: StaffContext, id: string, body: string): Promise<ChangeResult> {
  return db.$transaction(async (tx) => {
    const exists = await tx.referral.findFirst({ where: { id, anonymisedAt: null }, select: { id: true } });
    if (!exists) return GONE;
    await tx.note.create({ data: { referralId: id, body: body.trim(), authorId: context.staff.id } });
    await recordAudit(tx, { actorId: context.staff.id, action: "referral.note_added", target: id, ip: context.ip });
    return { ok: true };
  });
}
