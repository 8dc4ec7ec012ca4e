import "server-only";
import type { PgBoss } from "pg-boss";
import { getService } from "@/lib/config/service";
import type { Prisma } from "@/lib/db/generated/client";
import { enqueueInTransaction } from "@/lib/jobs/transaction";
import { GP_OUTCOME_QUEUE, OUTCOME_QUEUE, type QueueName } from "@/lib/jobs/queues";
import { gpOutcomeAddress } from "@/lib/referrals/journeys/gp-outcome-consent";
import { acknowledgementAddress } from "@/lib/referrals/search-columns";
import { journeys } from "@/lib/referrals/journeys/registry";
import type { Answers } from "@/lib/referrals/journeys/types";
import type { Status } from "./labels";
import { chosenWords, isOutcome, SHARED_TEXT_MAX } from "./outcome-words";

/** What staff choose with an outcome: the words from the list, and optional text to share. */
export interface OutcomeChoice {
  outcomeWords?: string;
  sharedText?: string;
  shareWithPerson?: boolean;
}

type Refused = { ok: false; field: string; message: string };
type Chosen = {
  ok: true;
  choice: string;
  columns: { outcomeWords: string; sharedText: string | null; sharedWithPerson: boolean };
};

/** The words an outcome will show, checked before anything is written; null when `to` is not an outcome. */
export async function outcomeWordsFor(
  tx: Prisma.TransactionClient,
  id: string,
  change: { to: Status } & OutcomeChoice,
): Promise<Chosen | Refused | null> {
  if (!isOutcome(change.to)) return null;
  const row = await tx.referral.findFirst({ where: { id, anonymisedAt: null }, select: { programme: true } });
  const programme = getService().programmes.find((p) => p.id === row?.programme)?.name ?? null;
  const words = chosenWords(change.to, change.outcomeWords, programme);
  if (!words) return { ok: false, field: "outcomeWords", message: "Choose the words the person will see" };
  const shared = change.sharedText?.trim() || null;
  if (shared && shared.length > SHARED_TEXT_MAX)
    return {
      ok: false,
      field: "sharedText",
      message: `The words to share must be ${SHARED_TEXT_MAX} characters or fewer`,
    };
  if (change.shareWithPerson && !shared)
    return { ok: false, field: "sharedText", message: "Enter the words to share, or untick share with the person" };
  return {
    ok: true,
    choice: change.outcomeWords ?? `${change.to}:0`,
    columns: { outcomeWords: words, sharedText: shared, sharedWithPerson: Boolean(change.shareWithPerson && shared) },
  };
}

/**
 * A professional's referral with a work email gets the outcome email, and its GP practice a copy
 * when the person agreed and an address was given: each job is queued through this transaction,
 * so it exists only if the change commits. Returns which were queued.
 */
export async function queueOutcomeEmail(
  tx: Prisma.TransactionClient,
  queue: () => Promise<PgBoss>,
  id: string,
): Promise<{ professional: boolean; gpPractice: boolean }> {
  const row = await tx.referral.findUniqueOrThrow({ where: { id }, select: { journey: true, answers: true } });
  const journey = Object.values(journeys).find((j) => j.kind === row.journey);
  if (row.journey !== "PROFESSIONAL" || !journey) return { professional: false, gpPractice: false };
  const answers = row.answers as Answers;
  const send = async (name: QueueName) =>
    Boolean(await enqueueInTransaction(await queue(), tx, name, { referralId: id }));
  return {
    professional: acknowledgementAddress(journey, answers) ? await send(OUTCOME_QUEUE) : false,
    gpPractice: gpOutcomeAddress(answers.where) ? await send(GP_OUTCOME_QUEUE) : false,
  };
}
