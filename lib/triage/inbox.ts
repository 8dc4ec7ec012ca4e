import "server-only";
import { getService } from "@/lib/config";
import type { Database } from "@/lib/db";
import type { StaffContext } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record";
import { ageOn } from "@/lib/referrals/age";
import { flagColumnsSelect, flagsOf, type RiskFlag } from "@/lib/referrals/risk-flags";
import { duplicatesOf, type DuplicateLink } from "./duplicates";
import type { InboxFilter } from "./filters";
import { afterCursor, decodeCursor, encodeCursor, inboxWhere } from "./inbox-query";
import { emailToTeamNotSent } from "./notification-flag";
import { OPEN_STATUSES, QUEUE_JOURNEYS, QUEUES, STATUSES, type Journey, type Queue, type Status } from "./labels";
import { type Waiting } from "./working-days";
import { waitingAgainstTarget } from "./urgent-target";

export const INBOX_PAGE_SIZE = 25;

export interface InboxRow {
  id: string;
  reference: string;
  journey: Journey;
  programme: string | null;
  /** What the answers suggested, when staff have since placed the person elsewhere. */
  suggestedProgramme: string | null;
  /** Age today, from the date of birth; null for an enquiry or when not given. */
  age: number | null;
  urgent: boolean;
  /** Risk and safeguarding flags, shown as tags. */
  flags: RiskFlag[];
  status: Status;
  name: string;
  assignee: string | null;
  createdAt: Date;
  waiting: Waiting;
  /** The worker has not managed to email the team about it for over 30 minutes. */
  emailToTeamNotSent: boolean;
  /** The young person has sent their own view through their private link. */
  youngPersonViewAdded?: boolean;
  /** Other referrals that may be the same person (not dismissed). */
  duplicates: DuplicateLink[];
}

export interface InboxPage {
  rows: InboxRow[];
  /** The cursor of the next page, or null on the last page. */
  next: string | null;
  isFirstPage: boolean;
  /** How many referrals match the other filters, per status. */
  counts: Record<Status, number>;
  /** How many match the same filters in each queue, for the tabs. */
  queueCounts: Record<Queue, number>;
}

/** What a row of the inbox needs: no answers, no contact details. */
const INBOX_SELECT = {
  id: true,
  reference: true,
  journey: true,
  programme: true,
  suggestedProgramme: true,
  dateOfBirth: true,
  urgent: true,
  status: true,
  givenName: true,
  familyName: true,
  assigneeId: true,
  createdAt: true,
  anonymisedAt: true,
  notifiedAt: true,
  notificationOverdueAt: true,
  ...flagColumnsSelect,
  youngPersonView: { select: { answeredAt: true } },
} as const;

/** One page of the inbox, urgent first then oldest waiting, with counts per status. */
export async function listInbox(
  db: Database,
  context: StaffContext,
  filter: InboxFilter,
  now = new Date(),
): Promise<InboxPage> {
  const where = inboxWhere(filter, context.staff.id, { now });
  const cursor = decodeCursor(filter.after);
  // The page and the counts do not depend on each other: asked for together, the counts (the
  // larger read at 100,000 referrals) run while the page's rows come back. One grouped count serves
  // both the status counts (this queue) and the queue tabs (this status filter).
  const [found, grouped] = await Promise.all([
    db.referral.findMany({
      where: cursor ? { AND: [where, afterCursor(cursor)] } : where,
      orderBy: [{ urgent: "desc" }, { createdAt: "asc" }, { id: "asc" }],
      take: INBOX_PAGE_SIZE + 1,
      select: INBOX_SELECT,
    }),
    db.referral.groupBy({
      by: ["status", "journey"],
      where: inboxWhere(filter, context.staff.id, { ignoreStatus: true, ignoreQueue: true, now }),
      _count: { _all: true },
    }),
  ]);
  const { counts, queueCounts } = countsFrom(grouped, filter);
  const target = getService().responseWorkingDays;
  const page = found.slice(0, INBOX_PAGE_SIZE);
  const last = page.at(-1);
  const [names, duplicates] = await Promise.all([
    staffNames(
      db,
      page.map((r) => r.assigneeId),
    ),
    duplicatesOf(
      db,
      page.map((r) => r.id),
    ),
    recordAudit(db, {
      actorId: context.staff.id,
      action: "inbox.viewed",
      ip: context.ip,
      // Which filters were used, never the search words: they are often a person's name.
      detail: {
        status: filter.status,
        filters: Object.keys(filter).filter((k) => k !== "status" && filter[k as keyof InboxFilter] !== undefined),
        rows: page.length,
      },
    }),
  ]);

  return {
    rows: page.map((r) => ({
      id: r.id,
      reference: r.reference,
      journey: r.journey,
      programme: r.programme,
      suggestedProgramme: r.suggestedProgramme,
      age: r.dateOfBirth && !r.anonymisedAt ? ageOn(r.dateOfBirth, now) : null,
      urgent: r.urgent,
      flags: flagsOf(r),
      status: r.status,
      name: r.anonymisedAt
        ? "(anonymised)"
        : [r.givenName, r.familyName].filter(Boolean).join(" ") || "(no name given)",
      assignee: r.assigneeId ? (names.get(r.assigneeId) ?? "Former staff member") : null,
      createdAt: r.createdAt,
      waiting: waitingAgainstTarget(r, now, target, OPEN_STATUSES.includes(r.status), getService().officeHours),
      emailToTeamNotSent: emailToTeamNotSent(r, now),
      youngPersonViewAdded: Boolean(r.youngPersonView?.answeredAt),
      duplicates: duplicates.get(r.id) ?? [],
    })),
    next: found.length > INBOX_PAGE_SIZE && last ? encodeCursor(last) : null,
    isFirstPage: !cursor,
    counts,
    queueCounts,
  };
}

function countsFrom(
  grouped: { status: Status; journey: Journey; _count: { _all: number } }[],
  filter: InboxFilter,
): { counts: Record<Status, number>; queueCounts: Record<Queue, number> } {
  const statusShown = (status: Status) =>
    filter.status === "all" || (filter.status === "open" ? OPEN_STATUSES.includes(status) : filter.status === status);
  const sum = (keep: (g: (typeof grouped)[number]) => boolean) =>
    grouped.filter(keep).reduce((total, g) => total + g._count._all, 0);
  const inQueue = (queue: Queue, journey: Journey) => QUEUE_JOURNEYS[queue].includes(journey);
  return {
    counts: Object.fromEntries(
      STATUSES.map((s) => [s, sum((g) => g.status === s && inQueue(filter.queue, g.journey))]),
    ) as Record<Status, number>,
    queueCounts: Object.fromEntries(
      QUEUES.map((q) => [q, sum((g) => statusShown(g.status) && inQueue(q, g.journey))]),
    ) as Record<Queue, number>,
  };
}

/** Display names for staff ids. */
export async function staffNames(db: Database, ids: (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (!unique.length) return new Map();
  const users = await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}
