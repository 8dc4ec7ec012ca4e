import "server-only";
import { getService } from "@/lib/config";
import type { StaffContext } from "@/lib/auth/guard";
import type { Database } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import type { ChangeResult } from "./changes";

const GONE: ChangeResult = { ok: false, message: "This referral no longer exists." };
const MAX_REASON = 2000;

function checkReason(reason: string | undefined, what: string): ChangeResult | string {
  const trimmed = reason?.trim() ?? "";
  if (!trimmed) return { ok: false, field: "reason", message: `Enter the reason for changing the ${what}` };
  if (trimmed.length > MAX_REASON)
    return { ok: false, field: "reason", message: `The reason must be ${MAX_REASON} characters or fewer` };
  return trimmed;
}

/**
 * Places the person in a programme other than the one suggested (or in none: "signpost"). The
 * reason is kept with the referral; the audit log records only the ids, the change's among them.
 */
export async function changeProgramme(
  db: Database,
  context: StaffContext,
  id: string,
  change: { to: string | null; reason?: string },
): Promise<ChangeResult> {
  if (change.to !== null && !getService().programmes.some((p) => p.id === change.to)) {
    return { ok: false, field: "to", message: "Choose one of the programmes" };
  }
  const reason = checkReason(change.reason, "programme");
  if (typeof reason !== "string") return reason;
  return db.$transaction(async (tx) => {
    const referral = await tx.referral.findFirst({ where: { id, anonymisedAt: null }, select: { programme: true } });
    if (!referral) return GONE;
    if (referral.programme === change.to)
      return { ok: false, field: "to", message: "Choose a different programme, or leave it as it is" };
    await tx.referral.update({ where: { id }, data: { programme: change.to } });
    const made = await tx.referralChange.create({
      data: {
        referralId: id,
        field: "PROGRAMME",
        fromValue: referral.programme,
        toValue: change.to,
        reason,
        authorId: context.staff.id,
      },
    });
    await recordAudit(tx, {
      actorId: context.staff.id,
      action: "referral.programme_changed",
      target: id,
      ip: context.ip,
      // Which change, not its words: the reason stays with the referral (lib/triage/audit-log.ts).
      detail: { from: referral.programme, to: change.to, changeId: made.id, reasonGiven: true },
    });
    return { ok: true };
  });
}

/** Raises a referral to urgent or lowers it to routine, with the reason. */
export async function changeUrgency(
  db: Database,
  context: StaffContext,
  id: string,
  change: { urgent: boolean; reason?: string },
): Promise<ChangeResult> {
  const reason = checkReason(change.reason, "urgency");
  if (typeof reason !== "string") return reason;
  return db.$transaction(async (tx) => {
    const referral = await tx.referral.findFirst({ where: { id, anonymisedAt: null }, select: { urgent: true } });
    if (!referral) return GONE;
    if (referral.urgent === change.urgent) {
      return {
        ok: false,
        field: "urgent",
        message: `This referral is already ${change.urgent ? "urgent" : "routine"}`,
      };
    }
    const label = (urgent: boolean) => (urgent ? "urgent" : "routine");
    await tx.referral.update({ where: { id }, data: { urgent: change.urgent } });
    const made = await tx.referralChange.create({
      data: {
        referralId: id,
        field: "URGENCY",
        fromValue: label(referral.urgent),
        toValue: label(change.urgent),
        reason,
        authorId: context.staff.id,
      },
    });
    await recordAudit(tx, {
      actorId: context.staff.id,
      action: "referral.urgency_changed",
      target: id,
      ip: context.ip,
      detail: { from: label(referral.urgent), to: label(change.urgent), changeId: made.id, reasonGiven: true },
    });
    return { ok: true };
  });
}
