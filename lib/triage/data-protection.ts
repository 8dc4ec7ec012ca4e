import "server-only";
import type { Database } from "@/lib/db";
import type { StaffContext } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record";
import { getService } from "@/lib/config";
import { deleteJobsOfReferral } from "@/lib/jobs/forget-referral";
import { deleteMailFilesFor } from "@/lib/mail/purge";
import { toCsv } from "./csv";
import type { Erasure } from "./erasure";
import type { InboxFilter } from "./filters";
import { inboxWhere } from "./inbox-query";
import { JOURNEY_LABELS, STATUS_LABELS } from "./labels";
import { VIEW_HEADER, viewCells } from "./young-person-view-csv";

// "06/12/2026 14:05" in UK local time (GMT or BST), as staff read a clock and a spreadsheet reads a date.
const ukClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
export const ukDateTime = (date: Date) => ukClock.format(date).replace(",", "");

/** More rows than this is not a triage list but a bulk extract: ask for a narrower filter. */
export const EXPORT_LIMIT = 20_000;

const HEADER = [
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
];

/** The filtered list as CSV, safe to open in a spreadsheet. The export itself is audited. */
export async function exportInboxCsv(
  db: Database,
  context: StaffContext,
  filter: InboxFilter,
  now = new Date(),
): Promise<{ csv: string; rows: number }> {
  const referrals = await db.referral.findMany({
    where: inboxWhere(filter, context.staff.id),
    include: {
      // Stryker disable next-line ObjectLiteral: `{}` reads every column of the view, and the CSV shows only these three
      youngPersonView: {
        select: { answeredAt: true, expiresAt: true, answers: true },
      },
    },
    orderBy: [{ urgent: "desc" }, { createdAt: "asc" }, { id: "asc" }],
    take: EXPORT_LIMIT,
  });
  // Stryker disable next-line ObjectLiteral: `{}` reads every column of the staff table, and only id and name are used
  const staff = await db.user.findMany({ select: { id: true, name: true } });
  const names = new Map(staff.map((s) => [s.id, s.name]));
  const programmes = getService().programmes;
  const programmeName = (id: string | null) => (id ? (programmes.find((p) => p.id === id)?.name ?? id) : "");
  const csv = toCsv(
    HEADER,
    referrals.map((r) => [
      r.reference,
      ukDateTime(r.createdAt),
      r.urgent ? "Yes" : "No",
      STATUS_LABELS[r.status],
      JOURNEY_LABELS[r.journey],
      programmeName(r.programme),
      r.givenName,
      r.familyName,
      r.dateOfBirth?.toISOString().slice(0, 10),
      r.nhsNumber,
      r.email,
      r.phone,
      r.postcode,
      r.assigneeId ? (names.get(r.assigneeId) ?? "") : "",
      ...viewCells(r.youngPersonView, now, ukDateTime),
    ]),
  );
  await recordAudit(db, {
    actorId: context.staff.id,
    action: "referral.exported",
    ip: context.ip,
    detail: {
      rows: referrals.length,
      // Whose records left the service: each referral's timeline shows the export (review L-5).
      referralIds: referrals.map((r) => r.id),
      status: filter.status,
      filters: Object.keys(filter).filter((k) => filter[k as keyof InboxFilter] !== undefined),
    },
  });
  return { csv, rows: referrals.length };
}

/** Everything held about one referral, for a subject access request. Audited. */
export async function subjectAccessRecord(
  db: Database,
  context: StaffContext,
  id: string,
): Promise<Record<string, unknown> | null> {
  const referral = await db.referral.findFirst({
    where: { id },
    include: {
      statusChanges: { orderBy: { createdAt: "asc" } },
      notes: { orderBy: { createdAt: "asc" } },
      changes: { orderBy: { createdAt: "asc" } },
      // The young person's own view is theirs too; the link's hash and nonce are not personal data.
      youngPersonView: {
        select: { email: true, phone: true, invitedAt: true, expiresAt: true, answeredAt: true, answers: true },
      },
      measureScores: { orderBy: { takenAt: "asc" } },
    },
  });
  if (!referral) return null;
  const { idempotencyKey: _internal, ...record } = referral;
  void _internal;
  await recordAudit(db, {
    actorId: context.staff.id,
    action: "referral.subject_access_exported",
    target: id,
    ip: context.ip,
  });
  return { exportedAt: new Date().toISOString(), referral: record };
}

/**
 * Erases a referral and everything attached to it. The audit trail keeps that it existed, its
 * reference and who erased it and why (a fixed reason and a case number), but no personal data.
 * Its jobs go too (L-12), and local copies of its emails, if mail goes to files (review M-3).
 */
export async function eraseReferral(
  db: Database,
  context: StaffContext,
  id: string,
  erasure: Erasure,
  mailFolder?: string,
): Promise<boolean> {
  const erased = await db.$transaction(async (tx) => {
    const referral = await tx.referral.findUnique({
      where: { id },
      select: {
        reference: true,
        journey: true,
        status: true,
        // Stryker disable next-line ObjectLiteral: `{}` reads the view's every column, and only its id is used
        youngPersonView: { select: { id: true } },
      },
    });
    if (!referral) return null;
    await tx.referral.delete({ where: { id } });
    await deleteJobsOfReferral(tx, id);
    await recordAudit(tx, {
      actorId: context.staff.id,
      action: "referral.erased",
      target: id,
      ip: context.ip,
      detail: {
        reference: referral.reference,
        journey: referral.journey,
        status: referral.status,
        reason: erasure.reason,
        ...(erasure.caseReference ? { case: erasure.caseReference } : {}),
      },
    });
    return referral;
  });
  if (!erased) return false;
  if (mailFolder) {
    // No young person's view, no invitation: the default (none) applies.
    const invitationIds = erased.youngPersonView ? [erased.youngPersonView.id] : undefined;
    await deleteMailFilesFor(mailFolder, erased.reference, invitationIds);
  }
  return true;
}
