import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { escalationWhere, type Standards } from "@/lib/escalation/due";
import type { OverdueView } from "./filters";

/**
 * The inbox's overdue view: the same conditions the escalation banner and the duty alert count
 * (lib/escalation/due.ts, office hours and bank holidays included), so the numbers on the banner
 * and the rows behind its links are the same referrals.
 */
export function overdueWhere(view: OverdueView, now: Date, standards: Standards): Prisma.ReferralWhereInput {
  const where = escalationWhere(now, standards);
  if (view === "urgent-unopened") return where.urgentUnopened;
  if (view === "past-standard") return where.overdue;
  return { OR: [where.urgentUnopened, where.overdue] };
}
