import "server-only";
import type { PgBoss } from "pg-boss";
import type { StaffContext } from "@/lib/auth/guard";
import type { Database } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { createReferral, type NewReferral, type WithTheReferral } from "./create-referral";
import { journeys } from "./journeys/registry";
import { logFailure } from "./log-failure";
import type { Answers, JourneyKind } from "./journeys/types";
import { riskFlagNames, type RiskFlag } from "./risk-flags";

// A genuine referral is never silently dropped. When a limit must refuse a submission (too many
// from one address), its answers are held here: staff see the queue, release what is genuine into
// the inbox and discard spam, which so never reaches the inbox.

export type HoldReason = "rate-limited";

/** Keeps a refused submission. A repeat of the same post (same idempotency key) is held once. */
export async function holdSubmission(db: Database, input: NewReferral, reason: HoldReason): Promise<void> {
  const flags = Object.fromEntries(riskFlagNames.map((name) => [name, input.flags?.[name] ?? false]));
  await db.heldSubmission.upsert({
    where: { idempotencyKey: input.idempotencyKey },
    update: {},
    create: {
      journey: input.journey.kind,
      answers: input.answers as object,
      programme: input.programme,
      urgent: input.urgent,
      flags,
      idempotencyKey: input.idempotencyKey,
      reason,
    },
  });
}

export interface HeldSummary {
  id: string;
  journey: JourneyKind;
  urgent: boolean;
  reason: string;
  createdAt: Date;
}

/** Held submissions waiting for a decision, urgent first, then oldest first. */
export async function listHeldSubmissions(db: Database): Promise<HeldSummary[]> {
  return db.heldSubmission.findMany({
    where: { releasedAt: null, discardedAt: null },
    orderBy: [{ urgent: "desc" }, { createdAt: "asc" }],
    select: { id: true, journey: true, urgent: true, reason: true, createdAt: true },
  });
}

/** How many are waiting, for the dashboard's navigation. */
export async function countHeldSubmissions(db: Database): Promise<number> {
  return db.heldSubmission.count({ where: { releasedAt: null, discardedAt: null } });
}

export type HeldResult = { ok: true; reference?: string } | { ok: false; message: string };

const NOT_WAITING: HeldResult = { ok: false, message: "This submission has already been released or discarded." };

/** Thrown inside the release's transaction when the row was released or discarded meanwhile: undoes the referral. */
class NoLongerWaiting extends Error {}

/**
 * Releases a held submission into the inbox as a referral, notified like any other. The referral and
 * the claim on the held row commit together: a discard that wins the race leaves no referral, and a
 * release that wins it is the one the audit records. Its idempotency key carries over, so a release
 * that races the person's own retry makes one referral.
 */
export async function releaseHeldSubmission(
  db: Database,
  boss: PgBoss,
  context: StaffContext,
  id: string,
): Promise<HeldResult> {
  const held = await db.heldSubmission.findFirst({ where: { id, releasedAt: null, discardedAt: null } });
  if (!held) return NOT_WAITING;
  const journey = Object.values(journeys).find((j) => j.kind === held.journey);
  if (!journey) return { ok: false, message: "This submission's form no longer exists." };
  const claimHeldRow: WithTheReferral = async (tx, referral) => {
    const { count } = await tx.heldSubmission.updateMany({
      where: { id, releasedAt: null, discardedAt: null },
      // The referral now holds the answers; a second copy would outlive its retention and erasure.
      data: { releasedAt: new Date(), releasedBy: context.staff.id, referralId: referral.id, answers: {}, flags: {} },
    });
    if (!count) throw new NoLongerWaiting();
    await recordAudit(tx, {
      actorId: context.staff.id,
      action: "held_submission.released",
      target: referral.id,
      ip: context.ip,
      detail: { heldId: id },
    });
  };
  try {
    const saved = await createReferral(
      {
        journey,
        answers: held.answers as Answers,
        programme: held.programme,
        urgent: held.urgent,
        flags: held.flags as Record<RiskFlag, boolean>,
        idempotencyKey: held.idempotencyKey,
        draftId: null,
      },
      db,
      boss,
      claimHeldRow,
    );
    return { ok: true, reference: saved.reference };
  } catch (error) {
    if (error instanceof NoLongerWaiting) return NOT_WAITING;
    // Kept, not lost: the row stays waiting and staff are told, rather than meeting an error page.
    await logFailure("releasing a held submission", error);
    return {
      ok: false,
      message:
        "This submission could not be moved to the inbox just now. It is still here: try again, or call the person if it is urgent.",
    };
  }
}

/** Discards a held submission (spam): its answers are deleted, only the fact it was held remains. */
export async function discardHeldSubmission(db: Database, context: StaffContext, id: string): Promise<HeldResult> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.heldSubmission.updateMany({
      where: { id, releasedAt: null, discardedAt: null },
      data: { discardedAt: new Date(), answers: {}, flags: {} },
    });
    if (!count) return NOT_WAITING;
    await recordAudit(tx, {
      actorId: context.staff.id,
      action: "held_submission.discarded",
      target: id,
      ip: context.ip,
    });
    return { ok: true };
  });
}
