import "server-only";
import { Gauge, Registry } from "prom-client";
import type { Database } from "@/lib/db";
import {
  ACKNOWLEDGE_QUEUE,
  DEAD_LETTER_QUEUE,
  JOB_SCHEMA,
  NOTIFY_QUEUE,
  YOUNG_PERSON_INVITE_QUEUE,
  YOUNG_PERSON_VIEW_QUEUE,
} from "@/lib/jobs";

const EMAIL_QUEUES = [NOTIFY_QUEUE, ACKNOWLEDGE_QUEUE, YOUNG_PERSON_INVITE_QUEUE, YOUNG_PERSON_VIEW_QUEUE];

interface QueueRow {
  name: string;
  waiting: bigint;
  retrying: bigint;
  oldest: number | null;
}

/**
 * The service's state, read from Postgres at each scrape (the same for every instance): each email
 * queue's depth, oldest waiting job and sends failing now; emails given up on; urgent referrals nobody
 * has triaged and how long the oldest has waited. Database time throughout, so app clocks do not matter.
 */
export async function operationalMetrics(db: Database): Promise<Registry> {
  const registry = new Registry();
  const gauge = (name: string, help: string, labelNames: string[] = []) =>
    new Gauge({ name, help, labelNames, registers: [registry] });
  const depth = gauge("ipt_email_queue_depth", "Email jobs waiting to be sent (new or retrying), per queue.", [
    "queue",
  ]);
  const oldest = gauge(
    "ipt_email_queue_oldest_job_age_seconds",
    "How long the oldest waiting email job has waited, per queue; 0 when none waits.",
    ["queue"],
  );
  const failing = gauge(
    "ipt_email_send_failures",
    "Email jobs whose last send failed and that are waiting to be retried, per queue.",
    ["queue"],
  );
  const deadLetter = gauge(
    "ipt_email_dead_letter_jobs",
    "Emails refused for good or out of retries, waiting for staff at /admin/emails.",
  );
  const urgent = gauge("ipt_urgent_untriaged_referrals", "Urgent referrals still New (not yet triaged).");
  const urgentOldest = gauge(
    "ipt_urgent_untriaged_oldest_age_seconds",
    "How long the oldest urgent referral still New has waited; 0 when there is none.",
  );

  const queues = await db.$queryRawUnsafe<QueueRow[]>(
    `SELECT name,
            count(*) FILTER (WHERE state IN ('created', 'retry')) AS waiting,
            count(*) FILTER (WHERE state = 'retry') AS retrying,
            EXTRACT(EPOCH FROM now() - min(created_on) FILTER (WHERE state IN ('created', 'retry')))::float8 AS oldest
       FROM ${JOB_SCHEMA}.job WHERE name = ANY($1::text[]) AND state IN ('created', 'retry') GROUP BY name`,
    [...EMAIL_QUEUES, DEAD_LETTER_QUEUE],
  );
  const byName = new Map(queues.map((q) => [q.name, q]));
  for (const queue of EMAIL_QUEUES) {
    const row = byName.get(queue);
    depth.set({ queue }, Number(row?.waiting ?? 0));
    oldest.set({ queue }, Math.max(0, Math.round(row?.oldest ?? 0)));
    failing.set({ queue }, Number(row?.retrying ?? 0));
  }
  deadLetter.set(Number(byName.get(DEAD_LETTER_QUEUE)?.waiting ?? 0));

  const [waiting] = await db.$queryRaw<{ count: bigint; oldest: number | null }[]>`
    SELECT count(*) AS count, EXTRACT(EPOCH FROM now() - min("created_at"))::float8 AS oldest
      FROM "referral" WHERE "urgent" AND "status" = 'NEW' AND "anonymised_at" IS NULL`;
  urgent.set(Number(waiting?.count ?? 0));
  urgentOldest.set(Math.max(0, Math.round(waiting?.oldest ?? 0)));
  return registry;
}
