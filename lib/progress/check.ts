import "server-only";
import type { Database } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import type { Limiter } from "@/lib/referrals/rate-limit";
import { REFERENCE_PATTERN } from "@/lib/referrals/reference";

/** Tries an hour: per reference, so one referral cannot be guessed at; per address, so many cannot. */
export const PROGRESS_LIMITS = { "progress-reference": 5, "progress-address": 20 } as const;
export type ProgressLimitKind = keyof typeof PROGRESS_LIMITS;

export type ProgressCheck = { ok: true; referralId: string } | { ok: false; reason: "no-match" | "limited" };

/** "kx7p 3m9q", "KX7P3M9Q" and "KX7P-3M9Q" are one reference. */
export function normaliseReference(typed: string): string {
  const plain = typed.toUpperCase().replace(/[^A-Z0-9]/g, "");
  return plain.length === 8 ? `${plain.slice(0, 4)}-${plain.slice(4)}` : plain.slice(0, 12);
}

const sameDay = (a: Date, b: Date) => a.toISOString().slice(0, 10) === b.toISOString().slice(0, 10);

/**
 * Whether a reference and date of birth belong together. Both limits are counted before anything
 * is looked up, so a limited answer says nothing about the reference. Every try is audited with
 * the address and, when it matched, the referral's id: never the reference typed or the date.
 * A referral anonymised or erased matches nothing.
 */
export async function checkProgress(
  db: Database,
  limiter: Limiter<ProgressLimitKind>,
  input: { reference: string; dateOfBirth: Date; client: string },
): Promise<ProgressCheck> {
  const reference = normaliseReference(input.reference);
  const byAddress = await limiter.consume("progress-address", input.client);
  const byReference = await limiter.consume("progress-reference", reference);
  if (!byAddress || !byReference) {
    await recordAudit(db, { actorId: null, action: "progress.limited", ip: input.client });
    return { ok: false, reason: "limited" };
  }
  const row = REFERENCE_PATTERN.test(reference)
    ? await db.referral.findUnique({
        where: { reference },
        select: { id: true, dateOfBirth: true, anonymisedAt: true },
      })
    : null;
  const matched = row && !row.anonymisedAt && row.dateOfBirth && sameDay(row.dateOfBirth, input.dateOfBirth);
  await recordAudit(db, {
    actorId: null,
    action: "progress.checked",
    target: matched ? row.id : null,
    ip: input.client,
    detail: { matched: Boolean(matched) },
  });
  return matched ? { ok: true, referralId: row.id } : { ok: false, reason: "no-match" };
}
