import "server-only";
import type { PgBoss } from "pg-boss";
import { getEnv } from "@/lib/config";
import type { Database } from "@/lib/db";
import { DRAFT_RETURN_QUEUE } from "@/lib/jobs/queues";
import type { RawSqlRunner } from "@/lib/jobs/transaction";
import { draftExpiresAt } from "./draft-timeout";
import { draftTokenHash, isDraftToken, newDraftToken } from "./drafts";
import type { Journey } from "./journeys/types";
import { RETURN_LINK_MS, hashReturnToken, isReturnToken, newReturnNonce, returnLinkToken } from "./return-link";

// "Save and come back later" (issue 17): a draft is kept 7 days and a single-use link to it is
// emailed. Opening the link moves the draft to the browser that opened it.

/** What the email job carries: ids only, never the address or the token. */
export interface ReturnLinkJob {
  linkId: string;
  nonce: string;
}

/** Queues the email inside the caller's transaction: no saved link, no email; no email, no saved link. */
async function enqueue(boss: PgBoss, tx: RawSqlRunner, job: ReturnLinkJob) {
  const db = {
    executeSql: async (text: string, values: unknown[] = []) => ({
      rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values),
    }),
  };
  await boss.send(DRAFT_RETURN_QUEUE, job, { db, singletonKey: job.nonce });
}

export type SaveForLaterResult = { ok: true; keptUntil: Date } | { ok: false };

/**
 * Keeps this browser's draft of `journey` for 7 days and queues an email with a new link to it;
 * an older link to the same draft stops working. Not ok when there is no live draft to save.
 */
export async function saveForLater(
  db: Database,
  boss: PgBoss,
  draftToken: string | undefined,
  journey: Pick<Journey, "kind">,
  email: string,
  now = new Date(),
): Promise<SaveForLaterResult> {
  if (!isDraftToken(draftToken)) return { ok: false };
  return db.$transaction(async (tx) => {
    const draft = await tx.referralDraft.findUnique({ where: { tokenHash: draftTokenHash(draftToken) } });
    if (!draft || draft.journey !== journey.kind || draft.expiresAt <= now) return { ok: false as const };
    const keptUntil = new Date(now.getTime() + RETURN_LINK_MS);
    const nonce = newReturnNonce();
    const fresh = {
      nonce,
      email,
      expiresAt: keptUntil,
      tokenHash: null,
      usedAt: null,
      attemptedAt: null,
      sentAt: null,
    };
    const link = await tx.draftReturnLink.upsert({
      where: { draftId: draft.id },
      create: { ...fresh, draftId: draft.id },
      update: fresh,
    });
    await tx.referralDraft.update({ where: { id: draft.id }, data: { expiresAt: keptUntil } });
    await enqueue(boss, tx, { linkId: link.id, nonce });
    return { ok: true as const, keptUntil };
  });
}

/** Sets the hash of the link the worker is about to email: only the newest link works. */
export async function armReturnLink(db: Database, secret: string, job: ReturnLinkJob): Promise<string | null> {
  const token = returnLinkToken(secret, job.linkId, job.nonce);
  const { count } = await db.draftReturnLink.updateMany({
    where: { id: job.linkId, nonce: job.nonce, usedAt: null },
    data: { tokenHash: hashReturnToken(token) },
  });
  return count === 1 ? token : null;
}

export type ReturnLinkState =
  { state: "open"; journey: Journey["kind"]; keptUntil: Date } | { state: "used" | "expired" | "unknown" };

/** What a link is now. Never throws on a bad token. */
export async function returnLinkState(db: Database, token: unknown, now = new Date()): Promise<ReturnLinkState> {
  if (!isReturnToken(token)) return { state: "unknown" };
  const row = await db.draftReturnLink.findUnique({
    where: { tokenHash: hashReturnToken(token) },
    include: { draft: { select: { journey: true, expiresAt: true } } },
  });
  if (!row) return { state: "unknown" };
  if (row.usedAt) return { state: "used" };
  if (row.expiresAt <= now || row.draft.expiresAt <= now) return { state: "expired" };
  return { state: "open", journey: row.draft.journey, keptUntil: row.expiresAt };
}

export type Restored = { journey: Journey["kind"]; draftToken: string };

/**
 * Opens a saved draft, once: the link is spent in the same write, and the draft gets a new cookie
 * token for this browser (the one it was saved on loses it) and the ordinary idle timeout again.
 * Null when the link is unknown, used or expired.
 */
export async function restoreDraft(
  db: Database,
  token: unknown,
  now = new Date(),
  idleMinutes = getEnv().DRAFT_IDLE_MINUTES,
): Promise<Restored | null> {
  if (!isReturnToken(token)) return null;
  const tokenHash = hashReturnToken(token);
  return db.$transaction(async (tx) => {
    const row = await tx.draftReturnLink.findUnique({ where: { tokenHash }, include: { draft: true } });
    if (!row || row.draft.expiresAt <= now) return null;
    const { count } = await tx.draftReturnLink.updateMany({
      where: { id: row.id, tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count !== 1) return null;
    const draftToken = newDraftToken();
    await tx.referralDraft.update({
      where: { id: row.draftId },
      data: { tokenHash: draftTokenHash(draftToken), expiresAt: draftExpiresAt(now, idleMinutes) },
    });
    return { journey: row.draft.journey, draftToken };
  });
}
