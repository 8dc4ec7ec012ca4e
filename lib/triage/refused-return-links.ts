import "server-only";
import type { PgBoss } from "pg-boss";
import type { StaffContext } from "@/lib/auth/guard";
import type { Database } from "@/lib/db";
import { DEAD_LETTER_QUEUE, DRAFT_RETURN_QUEUE, JOB_SCHEMA } from "@/lib/jobs/queues";
import { recordAudit } from "@/lib/audit/record";

// "Save and come back later" emails the mail server refused (5xx), or that ran out of retries (the
// mail server unreachable for days). They belong to no referral, so the referral list of emails not
// sent cannot show them; without this list the person would wait for a link that never comes, and a
// mail setting that refuses every such email would go unseen.

export interface RefusedReturnLinkRow {
  linkId: string;
  /** When the person asked for the link. */
  askedAt: Date;
  /** When it went to the dead letter: refused, or the last retry failed. */
  refusedAt: Date;
  /** "refused": the mail server said no for good (5xx); "out-of-retries": it could not be reached. */
  why: "refused" | "out-of-retries";
  smtpCode: number | null;
  /** The saved answers and the link end then; sending again is pointless after. */
  validUntil: Date;
}

/** Refused links that could still be used: no address, no answers, only times and the SMTP code. */
export async function listRefusedReturnLinks(db: Database, now = new Date()): Promise<RefusedReturnLinkRow[]> {
  const refusals = await deadLetters(db);
  if (!refusals.size) return [];
  const links = await db.draftReturnLink.findMany({
    where: { id: { in: [...refusals.keys()] }, ...stillUsable(now) },
    select: { id: true, createdAt: true, expiresAt: true },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  return links.map((link) => ({
    linkId: link.id,
    askedAt: link.createdAt,
    ...refusals.get(link.id)!,
    validUntil: link.expiresAt,
  }));
}

/**
 * "Send again": queues the link's email once more (a no-op while one is queued) and takes it out of
 * the dead letter. Null when the link is gone, used, sent or past its 7 days. Audited, with the
 * link's id only, as draft_return_link.email_resent.
 */
export async function resendReturnLink(
  db: Database,
  boss: PgBoss,
  context: StaffContext,
  linkId: string,
  now = new Date(),
): Promise<{ queued: number } | null> {
  const link = await db.draftReturnLink.findFirst({ where: { id: linkId, ...stillUsable(now) } });
  if (!link) return null;
  const queued = (await boss.send(
    DRAFT_RETURN_QUEUE,
    { linkId: link.id, nonce: link.nonce },
    { singletonKey: link.nonce },
  ))
    ? 1
    : 0;
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(
      `DELETE FROM ${JOB_SCHEMA}.job WHERE name = $1 AND data->>'linkId' = $2`,
      DEAD_LETTER_QUEUE,
      linkId,
    );
    await recordAudit(tx, {
      actorId: context.staff.id,
      action: "draft_return_link.email_resent",
      target: linkId,
      ip: context.ip,
      detail: { queued },
    });
  });
  return { queued };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const stillUsable = (now: Date) => ({ usedAt: null, sentAt: null, email: { not: null }, expiresAt: { gt: now } });

type DeadLetter = Pick<RefusedReturnLinkRow, "refusedAt" | "why" | "smtpCode">;

/**
 * The newest dead letter of each link, by link id. A refusal is put there by the worker with its
 * queue and SMTP code; a job out of retries is moved there by pg-boss with its own data only
 * ({ linkId, nonce }), so a link's dead letters are found by `linkId`, which only these jobs carry.
 */
async function deadLetters(db: Database): Promise<Map<string, DeadLetter>> {
  const rows = await db.$queryRawUnsafe<{ link_id: string; refused_at: Date; smtp_code: string | null }[]>(
    `SELECT data->>'linkId' AS link_id, max(created_on) AS refused_at, max(data->>'smtpCode') AS smtp_code
       FROM ${JOB_SCHEMA}.job
      WHERE name = $1 AND state = 'created' AND data->>'linkId' IS NOT NULL
        AND coalesce(data->>'queue', $2) = $2
      GROUP BY data->>'linkId'`,
    DEAD_LETTER_QUEUE,
    DRAFT_RETURN_QUEUE,
  );
  return new Map(
    rows
      .filter((r) => UUID.test(r.link_id ?? ""))
      .map((r) => [
        r.link_id,
        r.smtp_code === null
          ? { refusedAt: r.refused_at, why: "out-of-retries", smtpCode: null }
          : { refusedAt: r.refused_at, why: "refused", smtpCode: Number(r.smtp_code) },
      ]),
  );
}
