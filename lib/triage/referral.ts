import "server-only";
import { getService } from "@/lib/config";
import type { Database } from "@/lib/db";
import type { StaffContext } from "@/lib/auth/guard";
import { flagsOf, type RiskFlag } from "@/lib/referrals/risk-flags";
import {
  emailPermissionsText,
  phonePermissionsText,
  type ContactPermissions,
} from "@/lib/referrals/journeys/contact-permissions";
import { consentFacts } from "@/lib/referrals/consent-facts";
import type { Answers } from "@/lib/referrals/journeys/types";
import { type AnswerRow } from "./answers";
import { contactRestrictions } from "./contact-restrictions";
import { duplicatesOf, type DuplicateLink } from "./duplicates";
import { dateOfBirthText } from "./date-of-birth-text";
import { answerSections, type AnswerSection } from "./answer-sections";
import { recordAudit } from "@/lib/audit/record";
import { markOpened } from "./opened";
import { staffNames } from "./inbox";
import { emailToTeamNotSent } from "./notification-flag";
import { OPEN_STATUSES, type Journey, type Status } from "./labels";
import { buildTimeline, type TimelineEntry } from "./timeline";
import { waitingFor, type Waiting } from "./working-days";

export interface ReferralDetail {
  id: string;
  reference: string;
  journey: Journey;
  /** Where staff have placed the person; starts as the suggestion. */
  programme: string | null;
  /** What the answers suggested when the referral arrived. */
  suggestedProgramme: string | null;
  urgent: boolean;
  flags: RiskFlag[];
  /** Other referrals that may be the same person, not dismissed. */
  duplicates: DuplicateLink[];
  /** "Do not leave voicemail" and the like, shown in the risk and safeguarding box. */
  contactRestrictions: string[];
  /** Staff changes to the programme or urgency, with their reasons. */
  changes: {
    field: "PROGRAMME" | "URGENCY";
    from: string | null;
    to: string | null;
    reason: string;
    author: string;
    at: Date;
  }[];
  status: Status;
  assigneeId: string | null;
  assignee: string | null;
  person: { label: string; value: string }[];
  riskAnswers: AnswerRow[];
  /** Parental responsibility, who agreed and the young person's own words, together (H11). */
  consent: { label: string; value: string }[];
  /** The form's pages as the person saw them on check answers. */
  answerPages: AnswerSection[];
  /** Anything the current form does not ask (an older version of it), so nothing is hidden. */
  answers: AnswerRow[];
  createdAt: Date;
  waiting: Waiting;
  /** The worker has not managed to email the team about it for over 30 minutes. */
  emailToTeamNotSent: boolean;
  timeline: TimelineEntry[];
}

/** "07700 900982 — call: yes, voicemail: no, …": how the person said each contact may be used. */
function withPermissions(value: string, describe: (p: ContactPermissions) => string, answers: unknown): string {
  const contact = (answers as { contact?: ContactPermissions & { mayLeaveMessage?: string } } | null)?.contact;
  if (!contact) return value;
  // Referrals sent before the questions were split said only whether a message or text was allowed.
  if ("mayLeaveMessage" in contact) return `${value} — message or text: ${contact.mayLeaveMessage ?? "not answered"}`;
  return `${value} — ${describe(contact)}`;
}

const preferredNameOf = (answers: unknown) =>
  (answers as { about?: { preferredName?: string } } | null)?.about?.preferredName || undefined;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A referral as staff read it, or null. Every view is recorded. */
export async function viewReferral(
  db: Database,
  context: StaffContext,
  id: string,
  now = new Date(),
): Promise<ReferralDetail | null> {
  if (!UUID.test(id)) return null;
  const referral = await db.referral.findFirst({
    where: { id },
    include: {
      statusChanges: { orderBy: { createdAt: "asc" } },
      notes: { orderBy: { createdAt: "asc" } },
      changes: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!referral) return null;
  const programmeName = (id: string | null) =>
    id === null ? "none" : (getService().programmes.find((p) => p.id === id)?.name ?? id);
  await recordAudit(db, { actorId: context.staff.id, action: "referral.viewed", target: id, ip: context.ip });
  await markOpened(db, id, now);
  const events = await db.auditEvent.findMany({
    where: {
      OR: [{ target: id }, { action: "referral.exported", detail: { path: ["referralIds"], array_contains: [id] } }],
    },
    orderBy: { createdAt: "asc" },
    take: 500,
  });
  const names = await staffNames(db, [
    referral.assigneeId,
    ...referral.statusChanges.map((c) => c.authorId),
    ...referral.notes.map((n) => n.authorId),
    ...referral.changes.map((c) => c.authorId),
    ...events.map((e) => e.actorId),
  ]);
  const { risk, pages, other } = answerSections(referral.journey, referral.answers, now);
  const dateOfBirth = referral.dateOfBirth ? dateOfBirthText(referral.dateOfBirth, now) : undefined;
  // The form's own pages already show who the person is and how to reach them; this short list
  // is for a referral whose answers the current form cannot lay out, so nothing is shown twice.
  const person =
    pages.length > 0
      ? []
      : [
          ["Name", [referral.givenName, referral.familyName].filter(Boolean).join(" ")],
          ["Likes to be called", preferredNameOf(referral.answers)],
          ["Date of birth", dateOfBirth],
          ["NHS number", referral.nhsNumber?.replace(/^(\d{3})(\d{3})(\d{4})$/, "$1 $2 $3")],
          ["Email", referral.email && withPermissions(referral.email, emailPermissionsText, referral.answers)],
          ["Phone", referral.phone && withPermissions(referral.phone, phonePermissionsText, referral.answers)],
          ["Postcode", referral.postcode],
        ]
          .filter((pair): pair is [string, string] => Boolean(pair[1]))
          .map(([label, value]) => ({ label, value }));

  return {
    id: referral.id,
    reference: referral.reference,
    journey: referral.journey,
    programme: referral.programme,
    suggestedProgramme: referral.suggestedProgramme,
    urgent: referral.urgent,
    flags: flagsOf(referral),
    changes: referral.changes.map((c) => ({
      field: c.field,
      from: c.fromValue,
      to: c.toValue,
      reason: c.reason,
      author: names.get(c.authorId) ?? "Former staff member",
      at: c.createdAt,
    })),
    status: referral.status,
    assigneeId: referral.assigneeId,
    assignee: referral.assigneeId ? (names.get(referral.assigneeId) ?? "Former staff member") : null,
    person,
    riskAnswers: risk,
    consent: consentFacts(referral.answers as Answers),
    answerPages: pages,
    answers: other,
    createdAt: referral.createdAt,
    waiting: waitingFor(
      referral.createdAt,
      now,
      getService().responseWorkingDays,
      OPEN_STATUSES.includes(referral.status),
      getService().officeHours,
    ),
    emailToTeamNotSent: emailToTeamNotSent(referral, now),
    contactRestrictions: contactRestrictions(referral.answers),
    duplicates: (await duplicatesOf(db, [referral.id])).get(referral.id) ?? [],
    timeline: buildTimeline(referral, events, names, programmeName),
  };
}
