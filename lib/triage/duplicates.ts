import "server-only";
import type { Database } from "@/lib/db";
import type { StaffContext } from "@/lib/auth/guard";
import { roleAllows } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { DUPLICATE_RULES, type DuplicateRule } from "@/lib/referrals/possible-duplicates";
import type { ChangeResult } from "./changes";

/** Another referral that may be the same person, as staff see it beside this one. */
export interface DuplicateLink {
  matchId: string;
  /** The other referral. */
  id: string;
  reference: string;
  /** "Same name and date of birth", or the like. */
  why: string;
  state: "POSSIBLE" | "LINKED";
}

const OTHER = { select: { id: true, reference: true } } as const;

/** The undismissed matches of each referral, both ways round: one query for a page of the inbox. */
export async function duplicatesOf(db: Database, ids: string[]): Promise<Map<string, DuplicateLink[]>> {
  const result = new Map<string, DuplicateLink[]>(ids.map((id) => [id, []]));
  if (!ids.length) return result;
  const matches = await db.referralMatch.findMany({
    where: { state: { not: "DISMISSED" }, OR: [{ referralId: { in: ids } }, { matchedId: { in: ids } }] },
    include: { referral: OTHER, matched: OTHER },
    orderBy: { createdAt: "asc" },
  });
  for (const m of matches) {
    const why = DUPLICATE_RULES[m.rule as DuplicateRule] ?? m.rule;
    const state = m.state as DuplicateLink["state"];
    result.get(m.referralId)?.push({ matchId: m.id, ...m.matched, why, state });
    result.get(m.matchedId)?.push({ matchId: m.id, ...m.referral, why, state });
  }
  return result;
}

const REFUSED: ChangeResult = { ok: false, message: "You cannot change referrals." };
const DECIDED: ChangeResult = { ok: false, message: "Someone has already linked or dismissed this match." };

/**
 * Links two referrals as one person's: both are kept, with everything each person wrote, and if
 * either is urgent the other becomes urgent too, with the reason recorded (H07: the copy holding
 * the urgent information must never be the one that is closed unseen). Audited on both referrals.
 */
export async function linkDuplicate(db: Database, context: StaffContext, matchId: string): Promise<ChangeResult> {
  if (!roleAllows(context.staff.role, "referral:update")) return REFUSED;
  return db.$transaction(async (tx) => {
    const match = await decide(tx, context, matchId, "LINKED");
    if (!match) return DECIDED;
    const { referral, matched } = match;
    if (referral.urgent || matched.urgent) {
      for (const [one, other] of [
        [referral, matched],
        [matched, referral],
      ] as const) {
        if (one.urgent) continue;
        await tx.referral.update({ where: { id: one.id }, data: { urgent: true } });
        await tx.referralChange.create({
          data: {
            referralId: one.id,
            field: "URGENCY",
            fromValue: "routine",
            toValue: "urgent",
            reason: `Linked with ${other.reference}, which is urgent`,
            authorId: context.staff.id,
          },
        });
      }
    }
    await auditBoth(tx, context, "referral.duplicate_linked", match);
    return { ok: true };
  });
}

/** Records that two referrals are not the same person; the tag goes from both. Audited on both. */
export async function dismissDuplicate(db: Database, context: StaffContext, matchId: string): Promise<ChangeResult> {
  if (!roleAllows(context.staff.role, "referral:update")) return REFUSED;
  return db.$transaction(async (tx) => {
    const match = await decide(tx, context, matchId, "DISMISSED");
    if (!match) return DECIDED;
    await auditBoth(tx, context, "referral.duplicate_dismissed", match);
    return { ok: true };
  });
}

type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];
const PAIR = { select: { id: true, reference: true, urgent: true } } as const;

/** Moves a still-possible match to its decision; null when it is gone or already decided. */
async function decide(tx: Tx, context: StaffContext, matchId: string, state: "LINKED" | "DISMISSED") {
  const { count } = await tx.referralMatch.updateMany({
    where: { id: matchId, state: "POSSIBLE" },
    data: { state, decidedById: context.staff.id, decidedAt: new Date() },
  });
  if (!count) return null;
  return tx.referralMatch.findUniqueOrThrow({ where: { id: matchId }, include: { referral: PAIR, matched: PAIR } });
}

async function auditBoth(
  tx: Tx,
  context: StaffContext,
  action: "referral.duplicate_linked" | "referral.duplicate_dismissed",
  match: {
    id: string;
    rule: string;
    referral: { id: string; reference: string };
    matched: { id: string; reference: string };
  },
) {
  for (const [one, other] of [
    [match.referral, match.matched],
    [match.matched, match.referral],
  ] as const) {
    await recordAudit(tx, {
      actorId: context.staff.id,
      action,
      target: one.id,
      ip: context.ip,
      detail: { matchId: match.id, rule: match.rule, otherReference: other.reference },
    });
  }
}
