import "server-only";
import { flagColumnOf, riskFlagNames } from "@/lib/referrals/risk-flags";
import type { Prisma } from "@/lib/db/generated/client";
import { configuredStandards } from "@/lib/escalation/standards";
import type { Standards } from "@/lib/escalation/due";
import type { InboxFilter } from "./filters";
import { OPEN_STATUSES, QUEUE_JOURNEYS } from "./labels";
import { overdueWhere } from "./overdue-view";

/**
 * The database condition for a filter. Search is exact on reference, NHS number, email and names
 * (whole given or family name, in the usual spellings), each served by an index.
 */
export function inboxWhere(
  filter: InboxFilter,
  staffId: string,
  options: { ignoreStatus?: boolean; ignoreQueue?: boolean; now?: Date; standards?: Standards } = {},
): Prisma.ReferralWhereInput {
  // Anonymised referrals stay listed (closed, without names) so the counts stay true.
  const and: Prisma.ReferralWhereInput[] = [];
  if (!options.ignoreStatus) {
    if (filter.status === "open") and.push({ status: { in: [...OPEN_STATUSES] } });
    else if (filter.status !== "all") and.push({ status: filter.status });
  }
  if (!options.ignoreQueue) and.push({ journey: { in: [...QUEUE_JOURNEYS[filter.queue]] } });
  if (filter.journey) and.push({ journey: filter.journey });
  if (filter.programme) and.push({ programme: filter.programme });
  if (filter.urgent === "yes") and.push({ urgent: true });
  if (filter.flag === "any") and.push({ OR: riskFlagNames.map((name) => ({ [flagColumnOf[name]]: true })) });
  else if (filter.flag) and.push({ [flagColumnOf[filter.flag]]: true });
  if (filter.overdue)
    and.push(overdueWhere(filter.overdue, options.now ?? new Date(), options.standards ?? configuredStandards()));
  if (filter.assignee === "me") and.push({ assigneeId: staffId });
  else if (filter.assignee === "none") and.push({ assigneeId: null });
  else if (filter.assignee) and.push({ assigneeId: filter.assignee });
  if (filter.from) and.push({ createdAt: { gte: new Date(`${filter.from}T00:00:00Z`) } });
  if (filter.to) and.push({ createdAt: { lt: new Date(Date.parse(`${filter.to}T00:00:00Z`) + 86_400_000) } });
  if (filter.q) and.push(searchWhere(filter.q));
  return { AND: and };
}

function searchWhere(query: string): Prisma.ReferralWhereInput {
  const compact = query.replace(/\s+/g, "");
  if (/^\d{10}$/.test(compact)) return { nhsNumber: compact };
  if (query.includes("@")) return { email: { in: unique([query, query.toLowerCase()]) } };
  const words = query.split(/\s+/).filter(Boolean);
  const names: Prisma.ReferralWhereInput =
    words.length > 1
      ? { givenName: { in: spellings(words[0]!) }, familyName: { in: spellings(words.at(-1)!) } }
      : { OR: [{ familyName: { in: spellings(query) } }, { givenName: { in: spellings(query) } }] };
  return { OR: [{ reference: compact.toUpperCase() }, names] };
}

const unique = (values: string[]) => [...new Set(values)];

/**
 * The ways a name is usually typed: as searched, lower case, Capitalised (each part of a
 * double-barrelled name too) and UPPER CASE. Exact matches on these use the name indexes, which a
 * case-insensitive pattern could not at 100,000 referrals.
 */
export function spellings(name: string): string[] {
  const lower = name.toLowerCase();
  const capitalised = lower.replace(
    /(^|[\s'-])(\p{L})/gu,
    (_m, sep: string, letter: string) => sep + letter.toUpperCase(),
  );
  return unique([name, lower, capitalised, name.toUpperCase()]);
}

export interface Cursor {
  urgent: boolean;
  createdAt: Date;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.urgent ? 1 : 0, cursor.createdAt.toISOString(), cursor.id])).toString(
    "base64url",
  );
}

export function decodeCursor(value: string | undefined): Cursor | null {
  if (!value) return null;
  try {
    const [urgent, createdAt, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as [
      number,
      string,
      string,
    ];
    const date = new Date(createdAt);
    if (Number.isNaN(date.getTime()) || typeof id !== "string") return null;
    return { urgent: urgent === 1, createdAt: date, id };
  } catch {
    return null;
  }
}

/** Rows after the cursor in inbox order: urgent first, then oldest first, then id. */
export function afterCursor(cursor: Cursor): Prisma.ReferralWhereInput {
  const later: Prisma.ReferralWhereInput = {
    urgent: cursor.urgent,
    OR: [{ createdAt: { gt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { gt: cursor.id } }],
  };
  return cursor.urgent ? { OR: [{ urgent: false }, later] } : later;
}
