import type { AuditEvent, Note, StatusChange } from "@/lib/db/generated/client";
import { STATUS_LABELS } from "./labels";

export interface TimelineEntry {
  at: Date;
  who: string;
  what: string;
  /** Free text written by staff: a note or a reason. */
  text?: string;
  kind: "created" | "status" | "note" | "assigned" | "viewed" | "other";
}

const EVENT_WORDS: Partial<Record<string, string>> = {
  "referral.viewed": "Viewed",
  "referral.exported": "Included in a CSV export",
  "referral.subject_access_exported": "Full record downloaded (subject access request)",
};

/** Everything that happened to a referral, oldest first. */
export function buildTimeline(
  referral: { createdAt: Date; statusChanges: StatusChange[]; notes: Note[]; outcomeEmailedAt?: Date | null },
  events: AuditEvent[],
  names: Map<string, string>,
): TimelineEntry[] {
  const who = (id: string | null) => (id ? (names.get(id) ?? "Former staff member") : "System");
  const entries: TimelineEntry[] = [
    { at: referral.createdAt, who: "The person referring", what: "Referral received", kind: "created" },
  ];
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
  if (referral.outcomeEmailedAt)
    entries.push({
      at: referral.outcomeEmailedAt,
      who: "System",
      what: "Outcome email sent to the professional who referred",
      kind: "other",
    });
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
    if (words)
      entries.push({
        at: event.createdAt,
        who: who(event.actorId),
        what: words,
        kind: event.action === "referral.viewed" ? "viewed" : "other",
      });
  }
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime());
}
