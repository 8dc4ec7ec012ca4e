import "server-only";
import type { Database } from "@/lib/db";
import type { StaffContext } from "@/lib/auth/guard";
import { browseAudit, type AuditFilter } from "@/lib/audit/browse";
import { getService } from "@/lib/config";
import { describeAuditEvent } from "./audit-words";
import { staffNames } from "./inbox";

export interface ReadableAuditRow {
  id: string;
  at: Date;
  /** The staff member's name, or "System or unknown". */
  actor: string;
  /** "Status changed: In review → Accepted". */
  words: string;
  /** The referral it was about, by reference, with a link while it still exists. */
  referral: { reference: string; id: string | null } | null;
  /** Any other target (a staff id, a sign-in key), as stored. */
  target: string | null;
  ip: string | null;
  /** The raw data, shown on request. */
  action: string;
  detail: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The audit log in words, with references and staff names; the raw entry stays one click away. */
export async function readAuditLog(
  db: Database,
  context: StaffContext,
  filter: AuditFilter,
): Promise<{ rows: ReadableAuditRow[]; before: string | null }> {
  const { rows, before } = await browseAudit(db, context, filter);
  const targetIds = [...new Set(rows.map((r) => r.target).filter((t): t is string => !!t && UUID.test(t)))];
  const referrals = targetIds.length
    ? await db.referral.findMany({ where: { id: { in: targetIds } }, select: { id: true, reference: true } })
    : [];
  const references = new Map(referrals.map((r) => [r.id, r.reference]));
  const detailOf = (value: unknown) => (value && typeof value === "object" ? (value as Record<string, unknown>) : {});
  const names = await staffNames(db, [
    ...rows.map((r) => detailOf(r.detailValue).assigneeId as string | null),
    ...targetIds,
  ]);
  const [reasons, changeReasons] = await Promise.all([
    statusReasons(
      db,
      rows.map((r) => detailOf(r.detailValue).statusChangeId),
    ),
    referralChangeReasons(
      db,
      rows.map((r) => detailOf(r.detailValue).changeId),
    ),
  ]);
  const programmes = getService().programmes;
  const words = {
    staffName: (id: string) => names.get(id) ?? "a former staff member",
    programmeName: (id: string | null) => (id ? (programmes.find((p) => p.id === id)?.name ?? id) : "none"),
    statusReason: (id: string) => reasons.get(id) ?? null,
    changeReason: (id: string) => changeReasons.get(id) ?? null,
  };
  return {
    rows: rows.map((row) => {
      const kept = references.get(row.target ?? "");
      const erased =
        row.action === "referral.erased" ? (detailOf(row.detailValue).reference as string | undefined) : undefined;
      const staffTarget = row.target ? names.get(row.target) : undefined;
      return {
        id: row.id,
        at: row.at,
        actor: row.actor,
        words: describeAuditEvent(row.action, row.detailValue, words),
        referral: kept ? { reference: kept, id: row.target } : erased ? { reference: erased, id: null } : null,
        target: kept || erased ? null : (staffTarget ?? row.target),
        ip: row.ip,
        action: row.action,
        detail: row.detail,
      };
    }),
    before,
  };
}

/** The reasons of the status changes these entries point at, as the referrals hold them now. */
async function statusReasons(db: Database, ids: unknown[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === "string" && UUID.test(id)))];
  if (!wanted.length) return new Map();
  const changes = await db.statusChange.findMany({
    where: { id: { in: wanted }, reason: { not: null } },
    select: { id: true, reason: true },
  });
  return new Map(changes.map((c) => [c.id, c.reason!]));
}

/**
 * The reasons of the programme and urgency changes these entries point at, while their referrals
 * keep them: anonymisation overwrites the words and erasure deletes the change.
 */
async function referralChangeReasons(db: Database, ids: unknown[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === "string" && UUID.test(id)))];
  if (!wanted.length) return new Map();
  const changes = await db.referralChange.findMany({
    where: { id: { in: wanted }, referral: { anonymisedAt: null } },
    select: { id: true, reason: true },
  });
  return new Map(changes.map((c) => [c.id, c.reason]));
}
