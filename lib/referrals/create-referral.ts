import "server-only";
import type { PgBoss } from "pg-boss";
import { ACKNOWLEDGE_QUEUE, enqueueInTransaction, NOTIFY_QUEUE } from "@/lib/jobs";
import type { Database } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { acknowledgementAddress, searchColumns } from "./search-columns";
import type { Answers, Journey } from "./journeys/types";
import { recordPossibleDuplicates } from "./possible-duplicates";
import { generateReference } from "./reference";
import { flagColumns, type RiskFlag } from "./risk-flags";
import { applicableSteps } from "./flow";
import { measureScoreRows, measureScoresFrom } from "./measure-scores";

export interface NewReferral {
  journey: Journey;
  answers: Answers;
  /** The programme the answers suggest; staff may change it. */
  programme: string | null;
  urgent: boolean;
  /** Risk and safeguarding flags; all false when absent (an enquiry). */
  flags?: Record<RiskFlag, boolean>;
  idempotencyKey: string;
  draftId: string | null;
}

export interface SavedReferral {
  id: string;
  reference: string;
  urgent: boolean;
  /** False when this idempotency key had already made the referral (a double click, refresh or retry). */
  created: boolean;
}

/**
 * Work that must commit with the referral or not at all: releasing a held submission claims its row
 * here, so a discard that wins the race leaves no referral behind. It throws to undo the save. It also
 * runs when an earlier request with the same key already made the referral (then alone in its transaction).
 */
export type WithTheReferral = (tx: Prisma.TransactionClient, referral: SavedReferral) => Promise<void>;

/**
 * Saves the referral, deletes its draft and queues its notification (and acknowledgement) in
 * ONE transaction: either all of it is in Postgres or none of it is.
 */
export async function createReferral(
  input: NewReferral,
  db: Database,
  boss: PgBoss,
  withTheReferral?: WithTheReferral,
): Promise<SavedReferral> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const existing = await findByKey(db, input.idempotencyKey);
    if (existing) return alreadyMade(db, existing, withTheReferral);
    try {
      return await db.$transaction(async (tx) => {
        const referral = await tx.referral.create({
          data: {
            reference: generateReference(),
            journey: input.journey.kind,
            programme: input.programme,
            suggestedProgramme: input.programme,
            urgent: input.urgent,
            ...(input.flags ? flagColumns(input.flags) : {}),
            answers: input.answers as object,
            idempotencyKey: input.idempotencyKey,
            ...searchColumns(input.journey, input.answers),
          },
          select: { id: true, reference: true, urgent: true },
        });
        const shown = new Set(applicableSteps(input.journey, input.answers).map((s) => s.id));
        const scores = measureScoreRows(measureScoresFrom(input.answers, shown));
        // No guard for a referral without scores: createMany with no rows inserts nothing.
        await tx.measureScore.createMany({
          data: scores.map((score) => ({ ...score, referralId: referral.id })),
        });
        await recordPossibleDuplicates(tx, referral.id);
        if (input.draftId) await tx.referralDraft.deleteMany({ where: { id: input.draftId } });
        await enqueueInTransaction(boss, tx, NOTIFY_QUEUE, { referralId: referral.id });
        if (acknowledgementAddress(input.journey, input.answers)) {
          await enqueueInTransaction(boss, tx, ACKNOWLEDGE_QUEUE, { referralId: referral.id });
        }
        const saved = { ...referral, created: true };
        await withTheReferral?.(tx, saved);
        return saved;
      });
    } catch (error) {
      // A unique violation: another request with this key won the race (found above on the next
      // loop), or, far less likely, the random reference was taken (a new one is drawn).
      if (!isUniqueViolation(error)) throw error;
    }
  }
  const existing = await findByKey(db, input.idempotencyKey);
  if (existing) return alreadyMade(db, existing, withTheReferral);
  throw new Error("Could not save the referral after 3 attempts");
}

/** A double click, refresh or retry: the referral this key made, with the caller's work done alongside it. */
async function alreadyMade(
  db: Database,
  existing: Omit<SavedReferral, "created">,
  withTheReferral: WithTheReferral | undefined,
): Promise<SavedReferral> {
  const saved = { ...existing, created: false };
  if (withTheReferral) await db.$transaction((tx) => withTheReferral(tx, saved));
  return saved;
}

const findByKey = (db: Database, idempotencyKey: string) =>
  db.referral.findUnique({ where: { idempotencyKey }, select: { id: true, reference: true, urgent: true } });
