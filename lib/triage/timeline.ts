import type { AuditEvent, Note, StatusChange } from "@/lib/db/generated/client";
import { STATUS_LABELS } from "./labels";

export interface TimelineEntry {
  at: Date;
  who: string;
  what: string;
  /** Free text written by staff: a note or a reason. */
  text?: string;
  kind: "created" | "status" | "note" | "assigned" | "change" | "email" | "other";
}

// Views are not listed: they stay in the audit log, where they belong, and kept the changes
// that matter from being read (usability review, journey 5).
const EVENT_WORDS: Partial<Record<string, string>> = {
  "referral.exported": "Included in a CSV export",
  "referral.subject_access_exported": "Full record downloaded (subject access request)",
  "referral.duplicate_linked": "Linked with a possible duplicate",
  "referral.duplicate_dismissed": "Possible duplicate dismissed",
};

interface TimelineReferral {
  createdAt: Date;
  /** When the outcome email reached the professional who referred (issue 17). */
  outcomeEmailedAt?: Date | null;
  /** The mail server refused the outcome email for good; its own mark, not emailRefusedAt. */
  outcomeRefusedAt?: Date | null;
  /** The copy to the GP practice, sent only when the person agreed. */
  gpOutcomeEmailedAt?: Date | null;
  gpOutcomeRefusedAt?: Date | null;
  notifiedAt: Date | null;
  acknowledgedAt: Date | null;
  emailRefusedAt: Date | null;
  statusChanges: StatusChange[];
  notes: Note[];
  changes: {
    field: "PROGRAMME" | "URGENCY";
    fromValue: string | null;
    toValue: string | null;
    reason: string;
    authorId: string;
    createdAt: Date;
  }[];
}

const EMAILS: [keyof Pick<TimelineReferral, "notifiedAt" | "acknowledgedAt" | "emailRefusedAt">, string][] = [
  ["notifiedAt", "Team emailed about the referral"],
  ["acknowledgedAt", "Acknowledgement emailed to the person referring"],
  ["emailRefusedAt", "An email about this referral was refused by the mail server"],
];

/** The changes, notes and emails of a referral, oldest first. */
export function buildTimeline(
  referral: TimelineReferral,
  events: AuditEvent[],
  names: Map<string, string>,
  programmeName: (id: string | null) => string = (id) => id ?? "none",
): TimelineEntry[] {
  const who = (id: string | null) => (id ? (names.get(id) ?? "Former staff member") : "System");
  const entries: TimelineEntry[] = [
    { at: referral.createdAt, who: "The person referring", what: "Referral received", kind: "created" },
  ];
  for (const [field, what] of EMAILS) {
    const at = referral[field];
    if (at) entries.push({ at, who: "System", what, kind: "email" });
  }
  for (const change of referral.statusChanges) {
    const from = change.from ? `${STATUS_LABELS[change.from]} to ` : "";
    // What the person was told, so staff can see it beside the reason (which the person is not shown).
    const told = change.outcomeWords ? `. The person sees: “${change.outcomeWords}”` : "";
    const shared = change.sharedWithPerson && change.sharedText ? `, and: “${change.sharedText}”` : "";
    entries.push({
      at: change.createdAt,
      who: who(change.authorId),
      what: `Status changed from ${from}${STATUS_LABELS[change.to]}${told}${shared}`,
      text: change.reason ?? undefined,
      kind: "status",
    });
  }
  for (const change of referral.changes) {
    const what =
      change.field === "PROGRAMME"
        ? `Programme changed from ${programmeName(change.fromValue)} to ${programmeName(change.toValue)}`
        : `Urgency changed from ${change.fromValue ?? "none"} to ${change.toValue ?? "none"}`;
    entries.push({ at: change.createdAt, who: who(change.authorId), what, text: change.reason, kind: "change" });
  }
  for (const [at, what] of [
    [referral.outcomeEmailedAt, "Outcome email sent to the professional who referred"],
    [referral.outcomeRefusedAt, "The outcome email to the professional was refused by the mail server"],
    [referral.gpOutcomeEmailedAt, "Outcome email sent to the GP practice"],
    [referral.gpOutcomeRefusedAt, "The outcome email to the GP practice was refused by the mail server"],
  ] as const)
    if (at) entries.push({ at, who: "System", what, kind: "other" });
  for (const note of referral.notes) {
    entries.push({ at: note.createdAt, who: who(note.authorId), what: "Note added", text: note.body, kind: "note" });
  }
  for (const event of events) {
    if (event.action === "referral.assigned") {
      const detail = (event.detail ?? {}) as { assigneeId?: string | null };
      entries.push({
        at: event.createdAt,
        who: who(event.actorId),
        what: detail.assigneeId ? `Assigned to ${who(detail.assigneeId)}` : "Unassigned",
        kind: "assigned",
      });
      continue;
    }
    const words = EVENT_WORDS[event.action];
    if (words) entries.push({ at: event.createdAt, who: who(event.actorId), what: words, kind: "other" });
  }
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime());
}
