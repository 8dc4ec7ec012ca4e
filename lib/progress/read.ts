import "server-only";
import type { Database } from "@/lib/db";
import { stageOf, type Stage } from "./stage";

/** All a person is shown: the stage, the outcome's words, what staff chose to share, and when it last changed. */
export interface Progress {
  stage: Stage;
  outcomeWords: string | null;
  sharedText: string | null;
  lastChangedAt: Date;
}

/** The progress of a referral, or null once it is anonymised or erased. */
export async function readProgress(db: Database, referralId: string): Promise<Progress | null> {
  const row = await db.referral.findFirst({
    where: { id: referralId, anonymisedAt: null },
    select: {
      status: true,
      createdAt: true,
      statusChanges: {
        orderBy: { createdAt: "desc" },
        select: { createdAt: true, outcomeWords: true, sharedText: true, sharedWithPerson: true },
      },
    },
  });
  if (!row) return null;
  const outcome = row.statusChanges.find((c) => c.outcomeWords);
  return {
    stage: stageOf(row.status),
    outcomeWords: outcome?.outcomeWords ?? null,
    sharedText: outcome?.sharedWithPerson ? outcome.sharedText : null,
    lastChangedAt: row.statusChanges[0]?.createdAt ?? row.createdAt,
  };
}
