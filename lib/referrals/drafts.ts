import "server-only";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { getDb, type Database } from "@/lib/db";
import type { Answers, Journey } from "./journeys/types";

export const DRAFT_COOKIE = "ipt_draft";
export const DRAFT_LIFETIME_SECONDS = 24 * 60 * 60;

export interface Draft {
  id: string;
  journey: Journey["kind"];
  answers: Answers;
  idempotencyKey: string;
  createdAt: Date;
}

const hash = (token: string) => createHash("sha256").update(token).digest("hex");
const isToken = (token: string | undefined): token is string =>
  typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);

/** The person's draft for this journey, or null (no cookie, expired, or a different journey). */
export async function loadDraft(
  token: string | undefined,
  journey: Journey,
  db: Database = getDb(),
): Promise<Draft | null> {
  if (!isToken(token)) return null;
  const row = await db.referralDraft.findUnique({ where: { tokenHash: hash(token) } });
  if (!row || row.expiresAt <= new Date() || row.journey !== journey.kind) return null;
  return {
    id: row.id,
    journey: row.journey,
    answers: row.answers as Answers,
    idempotencyKey: row.idempotencyKey,
    createdAt: row.createdAt,
  };
}

/**
 * Saves one page's answers. A person without a draft for this journey gets a new one (and a new
 * token for their cookie); starting another journey replaces the old draft's answers.
 */
export async function saveDraftStep(
  token: string | undefined,
  journey: Journey,
  stepId: string,
  values: Record<string, unknown>,
  db: Database = getDb(),
): Promise<{ token: string }> {
  const expiresAt = new Date(Date.now() + DRAFT_LIFETIME_SECONDS * 1000);
  const existing = isToken(token) ? await db.referralDraft.findUnique({ where: { tokenHash: hash(token) } }) : null;
  if (existing && existing.expiresAt > new Date() && existing.journey === journey.kind) {
    const answers = { ...(existing.answers as Answers), [stepId]: values };
    await db.referralDraft.update({ where: { id: existing.id }, data: { answers: answers as object, expiresAt } });
    return { token: token! };
  }
  const fresh = randomBytes(32).toString("base64url");
  if (existing) await db.referralDraft.deleteMany({ where: { id: existing.id } });
  await db.referralDraft.create({
    data: {
      tokenHash: hash(fresh),
      journey: journey.kind,
      answers: { [stepId]: values } as object,
      idempotencyKey: randomUUID(),
      expiresAt,
    },
  });
  return { token: fresh };
}

/**
 * Hands a draft, answers and all, to another journey (same token, same idempotency key), so
 * nothing typed is lost when someone is moved. False when there is no such draft to move.
 */
export async function moveDraft(token: string, from: Journey, to: Journey, db: Database = getDb()): Promise<boolean> {
  if (!isToken(token)) return false;
  const expiresAt = new Date(Date.now() + DRAFT_LIFETIME_SECONDS * 1000);
  const { count } = await db.referralDraft.updateMany({
    where: { tokenHash: hash(token), journey: from.kind, expiresAt: { gt: new Date() } },
    data: { journey: to.kind, expiresAt },
  });
  return count === 1;
}

/** Removes drafts past their day; run by the worker. */
export async function deleteExpiredDrafts(db: Database = getDb()): Promise<number> {
  const { count } = await db.referralDraft.deleteMany({ where: { expiresAt: { lte: new Date() } } });
  return count;
}
