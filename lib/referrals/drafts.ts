import "server-only";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { getEnv } from "@/lib/config";
import { getDb, type Database } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { draftExpiresAt } from "./draft-timeout";
import type { FormValues } from "@/lib/forms/form-state";
import type { Answers, Journey } from "./journeys/types";

/**
 * Each journey keeps its own draft in its own cookie (`ipt_draft_<journey>`), so a parent's form
 * in one tab and a professional's in another never mix. The cookie holds a secret token; the
 * database keeps only its hash.
 */
export const DRAFT_COOKIE_PREFIX = "ipt_draft_";
export const draftCookieName = (journey: Pick<Journey, "slug">) => `${DRAFT_COOKIE_PREFIX}${journey.slug}`;

export interface Draft {
  id: string;
  journey: Journey["kind"];
  answers: Answers;
  idempotencyKey: string;
  createdAt: Date;
  /** After this, with no saved page or "Continue" in the timeout warning, the draft is gone. */
  expiresAt: Date;
  /** A page as typed when "Save and come back later" was pressed, not checked: shown on that page again. */
  typedPage: TypedPage | null;
}

export interface TypedPage {
  step: string;
  values: FormValues;
}

// The column is written only by keepTypedPage; anything else in it is ignored rather than trusted:
// a value that is not such an object (a string, a list, a number) has no string `step` here.
function typedPageOf(value: unknown): TypedPage | null {
  const { step, values } = (value ?? {}) as Record<string, unknown>;
  if (typeof step !== "string" || !values || typeof values !== "object" || Array.isArray(values)) return null;
  return { step, values: values as FormValues };
}

const hash = (token: string) => createHash("sha256").update(token).digest("hex");
/** What the database keeps of a draft's cookie token (used by lib/referrals/return-links.ts too). */
export const draftTokenHash = hash;
export const newDraftToken = () => randomBytes(32).toString("base64url");
export const isDraftToken = (token: string | undefined): token is string =>
  typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
const nextExpiry = () => draftExpiresAt(new Date(), getEnv().DRAFT_IDLE_MINUTES);

/** The live row for a token, whatever its journey; an expired row is deleted on sight (H15). */
async function liveRow(token: string | undefined, db: Database) {
  if (!isDraftToken(token)) return null;
  const row = await db.referralDraft.findUnique({ where: { tokenHash: hash(token) } });
  if (!row) return null;
  // Stryker disable next-line EqualityOperator: `>=` differs only in the one millisecond when now equals expiresAt
  if (row.expiresAt > new Date()) return row;
  // Guards only the race with a "Continue" renewing this draft between the read above and this delete.
  // Stryker disable next-line ObjectLiteral: equivalent outside that race, which no test can time
  const stillExpired = { lte: new Date() };
  await db.referralDraft.deleteMany({ where: { id: row.id, expiresAt: stillExpired } });
  return null;
}

/** The person's draft for this journey, or null (no cookie, timed out, deleted, or another journey's). */
export async function loadDraft(
  token: string | undefined,
  journey: Journey,
  db: Database = getDb(),
): Promise<Draft | null> {
  const row = await liveRow(token, db);
  if (!row || row.journey !== journey.kind) return null;
  return {
    id: row.id,
    journey: row.journey,
    answers: row.answers as Answers,
    idempotencyKey: row.idempotencyKey,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    typedPage: typedPageOf(row.typedPage),
  };
}

/**
 * The browser still holds a token but its draft is gone: timed out, or removed by the worker.
 * The person is told their answers were deleted, rather than shown a blank first question.
 */
export async function draftIsGone(token: string | undefined, db: Database = getDb()): Promise<boolean> {
  return isDraftToken(token) && !(await liveRow(token, db));
}

/**
 * Saves one page's answers and restarts the inactivity timeout. A person without a draft for this
 * journey gets a new one (and a new token for their cookie); another journey's draft is left alone.
 */
export function saveDraftStep(
  token: string | undefined,
  journey: Journey,
  stepId: string,
  values: Record<string, unknown>,
  db: Database = getDb(),
): Promise<{ token: string }> {
  return writeDraft(token, journey, db, {
    update: (existing) => ({
      answers: { ...(existing.answers as Answers), [stepId]: values } as object,
      // The page typed before saving for later is now checked and saved: its unchecked copy goes.
      ...(typedPageOf(existing.typedPage)?.step === stepId ? { typedPage: Prisma.DbNull } : {}),
    }),
    create: { answers: { [stepId]: values } as object },
  });
}

/**
 * "Save and come back later" pressed on a question page: the page is kept exactly as typed, not
 * checked, beside the answers (which it never changes). A person without a draft gets one.
 */
export function keepTypedPage(
  token: string | undefined,
  journey: Journey,
  page: TypedPage,
  db: Database = getDb(),
): Promise<{ token: string }> {
  return writeDraft(token, journey, db, {
    update: () => ({ typedPage: page as object }),
    create: { answers: {}, typedPage: page as object },
  });
}

type DraftRow = NonNullable<Awaited<ReturnType<typeof liveRow>>>;

/** Changes this journey's live draft and restarts its timeout, or makes a new draft with a new token. */
async function writeDraft(
  token: string | undefined,
  journey: Journey,
  db: Database,
  change: {
    update: (existing: DraftRow) => Prisma.ReferralDraftUpdateInput;
    create: Pick<Prisma.ReferralDraftCreateInput, "answers" | "typedPage">;
  },
): Promise<{ token: string }> {
  const expiresAt = nextExpiry();
  const existing = await liveRow(token, db);
  if (existing && existing.journey === journey.kind) {
    // A draft saved with "Save and come back later" keeps its 7 days while the person carries on:
    // the later of the two times, so a save never shortens a draft's life.
    const keep = new Date(Math.max(existing.expiresAt.getTime(), expiresAt.getTime()));
    await db.referralDraft.update({
      where: { id: existing.id },
      data: { ...change.update(existing), expiresAt: keep },
    });
    return { token: token! };
  }
  const fresh = newDraftToken();
  await db.referralDraft.create({
    data: {
      ...change.create,
      tokenHash: hash(fresh),
      journey: journey.kind,
      idempotencyKey: randomUUID(),
      expiresAt,
    },
  });
  return { token: fresh };
}

/** "Continue" in the timeout warning: the draft gets another full period. Null when it is already gone. */
export async function renewDraft(token: string | undefined, db: Database = getDb()): Promise<Date | null> {
  if (!isDraftToken(token)) return null;
  const expiresAt = nextExpiry();
  const { count } = await db.referralDraft.updateMany({
    where: { tokenHash: hash(token), expiresAt: { gt: new Date() } },
    data: { expiresAt },
  });
  return count === 1 ? expiresAt : null;
}

/** "Delete my answers" and "Exit this page": the draft row goes at once. */
export async function deleteDraft(token: string | undefined, db: Database = getDb()): Promise<void> {
  if (!isDraftToken(token)) return;
  await db.referralDraft.deleteMany({ where: { tokenHash: hash(token) } });
}

/**
 * Hands a draft, answers and all, to another journey (same token, same idempotency key), so
 * nothing typed is lost when someone is moved. False when there is no such draft to move.
 */
export async function moveDraft(token: string, from: Journey, to: Journey, db: Database = getDb()): Promise<boolean> {
  // Stryker disable next-line ConditionalExpression: equivalent; a malformed token's hash matches no draft, so nothing moves
  if (!isDraftToken(token)) return false;
  const { count } = await db.referralDraft.updateMany({
    where: { tokenHash: hash(token), journey: from.kind, expiresAt: { gt: new Date() } },
    data: { journey: to.kind, expiresAt: nextExpiry() },
  });
  return count === 1;
}

/** Removes drafts past their timeout; run by the worker. */
export async function deleteExpiredDrafts(db: Database = getDb(), now = new Date()): Promise<number> {
  // A draft saved with "Save and come back later" expires 7 days after saving; its link goes with it.
  const { count } = await db.referralDraft.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
