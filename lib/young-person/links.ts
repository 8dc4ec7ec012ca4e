import "server-only";
import type { PgBoss } from "pg-boss";
import type { Database } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { YOUNG_PERSON_INVITE_QUEUE, YOUNG_PERSON_VIEW_QUEUE } from "@/lib/jobs/queues";
import type { RawSqlRunner } from "@/lib/jobs/transaction";
import { anyRiskFlag, flagColumns, riskFlagNames, type RiskFlag } from "@/lib/referrals/risk-flags";
import { LINK_LIFETIME_MS, hashToken, isLinkToken, linkToken, linkUrl, newNonce } from "./link";
import { riskOfView, type YoungPersonAnswers } from "./view-form";

// The young person's private link: made (or made again) for one referral, opened once, answered
// once. Every write that matters is audited without personal data.

export type LinkState = "open" | "used" | "expired" | "unknown";

/** Queues a job inside the caller's transaction, keyed by the link's nonce (a new link is a new job). */
async function enqueue(boss: PgBoss, tx: RawSqlRunner, queue: string, referralId: string, key: string) {
  const db = {
    executeSql: async (text: string, values: unknown[] = []) => ({
      rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values),
    }),
  };
  await boss.send(queue, { referralId }, { db, singletonKey: key });
}

export type OfferResult = "sent" | "recorded" | "already-answered";

/**
 * The person referring gives the young person's email or phone. Email: the worker sends the link.
 * Phone: there is no text-message service, so staff see the number and make a link to text.
 * Offering again replaces an unused link; once the young person has answered, nothing changes.
 */
export async function offerLink(
  db: Database,
  boss: PgBoss,
  referralId: string,
  to: { email?: string; phone?: string },
  now = new Date(),
): Promise<OfferResult> {
  return db.$transaction(async (tx) => {
    const existing = await tx.youngPersonView.findUnique({ where: { referralId } });
    if (existing?.answeredAt) return "already-answered";
    const nonce = newNonce();
    const data = {
      // The real hash is set below, once the row's id is known; a random one until then matches no link.
      nonce,
      email: to.email || null,
      phone: to.email ? null : to.phone || null,
      invitedAt: now,
      expiresAt: new Date(now.getTime() + LINK_LIFETIME_MS),
      inviteAttemptedAt: null,
      invitedEmailSentAt: null,
    };
    const row = existing
      ? await tx.youngPersonView.update({ where: { id: existing.id }, data: { ...data, tokenHash: null } })
      : await tx.youngPersonView.create({ data: { ...data, referralId } });
    await recordAudit(tx, {
      actorId: null,
      action: "young_person.link_offered",
      target: referralId,
      detail: { channel: to.email ? "email" : "phone", replaced: Boolean(existing) },
    });
    if (!to.email) return "recorded";
    await enqueue(boss, tx, YOUNG_PERSON_INVITE_QUEUE, referralId, row.nonce);
    return "sent";
  });
}

/** Sets the hash of the link the worker or staff will hand out: only the newest link works. */
export async function armLink(db: Database, secret: string, viewId: string, nonce: string): Promise<string | null> {
  const token = linkToken(secret, viewId, nonce);
  const { count } = await db.youngPersonView.updateMany({
    where: { id: viewId, nonce, answeredAt: null },
    data: { tokenHash: hashToken(token) },
  });
  return count === 1 ? token : null;
}

/** What a link is now: open to answer, used, expired, or unknown. Never throws on a bad token. */
export async function linkState(db: Database, token: unknown, now = new Date()): Promise<LinkState> {
  if (!isLinkToken(token)) return "unknown";
  const row = await db.youngPersonView.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row) return "unknown";
  if (row.answeredAt) return "used";
  return row.expiresAt <= now ? "expired" : "open";
}

export type SubmitResult = { ok: true; reference: string; flags: RiskFlag[]; urgent: boolean } | { ok: false };

/**
 * Saves the young person's answers, once: the link stops working in the same write. Their risk
 * answers raise the referral's flags (never lower them) and, when they may act soon, its urgency;
 * the team is told by email, with flags only.
 */
export async function submitView(
  db: Database,
  boss: PgBoss,
  token: unknown,
  answers: YoungPersonAnswers,
  now = new Date(),
): Promise<SubmitResult> {
  if (!isLinkToken(token)) return { ok: false };
  return db.$transaction(async (tx) => {
    const tokenHash = hashToken(token);
    const row = await tx.youngPersonView.findUnique({ where: { tokenHash } });
    if (!row) return { ok: false as const };
    const { count } = await tx.youngPersonView.updateMany({
      where: { id: row.id, tokenHash, answeredAt: null, expiresAt: { gt: now } },
      // The hash stays, so the page can say kindly that this link has been used; answeredAt refuses it.
      data: { answeredAt: now, answers: answers as object },
    });
    if (count !== 1) return { ok: false as const };
    const risk = riskOfView(answers);
    const raised = riskFlagNames.filter((name) => risk.flags[name]);
    const columns = flagColumns(risk.flags);
    const referral = await tx.referral.update({
      where: { id: row.referralId },
      data: {
        ...Object.fromEntries(Object.entries(columns).filter(([, set]) => set)),
        ...(risk.urgent ? { urgent: true } : {}),
      },
      select: { reference: true, urgent: true },
    });
    await recordAudit(tx, {
      actorId: null,
      action: "young_person.view_added",
      target: row.referralId,
      detail: { flagsRaised: raised, urgent: risk.urgent, anyRisk: anyRiskFlag(risk) },
    });
    await enqueue(boss, tx, YOUNG_PERSON_VIEW_QUEUE, row.referralId, `view:${row.id}`);
    return { ok: true as const, reference: referral.reference, flags: raised, urgent: referral.urgent };
  });
}

/**
 * For a young person given by phone (or whose email did not arrive): a new link for staff to text
 * them, shown once. The old link stops working. Null once they have answered.
 */
export async function freshLinkForStaff(
  db: Database,
  secret: string,
  appUrl: string,
  referralId: string,
  staffId: string,
  now = new Date(),
): Promise<{ url: string; expiresAt: Date } | null> {
  const row = await db.youngPersonView.findUnique({ where: { referralId } });
  if (!row || row.answeredAt) return null;
  const nonce = newNonce();
  const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS);
  await db.youngPersonView.update({ where: { id: row.id }, data: { nonce, expiresAt, tokenHash: null } });
  const token = await armLink(db, secret, row.id, nonce);
  if (!token) return null;
  await recordAudit(db, { actorId: staffId, action: "young_person.link_shown_to_staff", target: referralId });
  return { url: linkUrl(appUrl, token), expiresAt };
}

/** Unused links past their 14 days stop working for good; run by the worker's sweep. */
export async function expireUnusedLinks(db: Database, now = new Date()): Promise<number> {
  const { count } = await db.youngPersonView.updateMany({
    where: { tokenHash: { not: null }, answeredAt: null, expiresAt: { lte: now } },
    data: { tokenHash: null },
  });
  return count;
}
