import "server-only";
import { overdueCutoff } from "@/lib/calendar";
import { getService } from "@/lib/config/service";
import type { Database } from "@/lib/db";
import { log } from "@/lib/log";
import { htmlEmail, textEmail, type Mailer, type OutgoingMail } from "@/lib/mail";
import type { EscalationSettings } from "./settings";

export interface Digest {
  /** Still New: nobody has started on them. */
  untriaged: number;
  /** Urgent and still waiting (New or In review). */
  urgent: string[];
  /** Waiting past the response standard. */
  overdue: string[];
}

const WAITING = ["NEW", "IN_REVIEW"] as const;
// References beyond this many are left to the dashboard.
const MOST_LISTED = 50;

/** Counts and references (never anything about the person) for the morning digest. */
export async function digestAt(db: Database, now: Date): Promise<Digest> {
  const service = getService();
  const cutoff = overdueCutoff(now, service.responseWorkingDays, service.officeHours);
  const waiting = { status: { in: [...WAITING] }, anonymisedAt: null, createdAt: { lte: now } };
  const references = (where: object) =>
    db.referral
      .findMany({ where: { ...waiting, ...where }, select: { reference: true }, orderBy: { createdAt: "asc" } })
      .then((rows) => rows.map((r) => r.reference));
  const [untriaged, urgent, overdue] = await Promise.all([
    db.referral.count({ where: { ...waiting, status: "NEW" } }),
    references({ urgent: true }),
    references({ createdAt: { lt: cutoff } }),
  ]);
  return { untriaged, urgent, overdue };
}

const listed = (references: string[]) =>
  references.length === 0
    ? "None"
    : references.slice(0, MOST_LISTED).join(", ") +
      (references.length > MOST_LISTED ? ` and ${references.length - MOST_LISTED} more` : "");

// "Monday 7 December 2026", as GOV.UK writes dates (no comma after the weekday).
const day = (d: Date) =>
  d.toLocaleDateString("en-GB", { timeZone: "Europe/London", dateStyle: "full" }).replace(",", "");

export function digestEmail(digest: Digest, s: EscalationSettings, now: Date): OutgoingMail {
  const { responseWorkingDays } = getService();
  const subject = `Daily summary for ${day(now)}: ${digest.untriaged} untriaged, ${digest.urgent.length} urgent, ${digest.overdue.length} overdue`;
  const content = {
    heading: subject,
    paragraphs: ["Counts and references only: open the dashboard for the details."],
    rows: [
      ["Untriaged (new)", String(digest.untriaged)],
      [`Urgent and waiting (${digest.urgent.length})`, listed(digest.urgent)],
      [`Past the ${responseWorkingDays}-working-day standard (${digest.overdue.length})`, listed(digest.overdue)],
    ] as [string, string][],
    link: { href: `${s.appUrl}/admin`, text: "Open the dashboard" },
  };
  return {
    to: s.to,
    subject,
    text: textEmail(content),
    html: htmlEmail(content),
    messageId: `<digest-${now.toISOString().slice(0, 10)}@${s.domain}>`,
  };
}

/** The daily job: one digest to the duty address, sent even when everything is zero (silence would hide a broken job). */
export async function sendDigest(db: Database, mailer: Mailer, s: EscalationSettings, now: Date): Promise<Digest> {
  const digest = await digestAt(db, now);
  await mailer.send(digestEmail(digest, s, now));
  log.info({
    event: "digest.sent",
    untriaged: digest.untriaged,
    urgent: digest.urgent.length,
    overdue: digest.overdue.length,
  });
  return digest;
}
