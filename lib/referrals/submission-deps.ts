import "server-only";
import type { PgBoss } from "pg-boss";
import { getEnv } from "@/lib/config";
import { getDb, type Database } from "@/lib/db";
import { getQueueClient } from "@/lib/jobs";
import { createLimiter, type Limiter } from "./rate-limit";

/** What the submission entry points need; tests pass their own database, queue and limits. */
export interface SubmissionDeps {
  db: Database;
  queue: () => Promise<PgBoss>;
  limiter: Limiter;
  minSeconds: number;
}

const holder = globalThis as unknown as { iptLimiter?: Limiter };

export function defaultDeps(): SubmissionDeps {
  const env = getEnv();
  const url = env.DATABASE_URL ?? "";
  holder.iptLimiter ??= createLimiter(url, { submission: env.SUBMISSIONS_PER_HOUR, form: env.FORM_POSTS_PER_HOUR });
  return {
    db: getDb(),
    queue: () => getQueueClient(url),
    limiter: holder.iptLimiter,
    minSeconds: env.FORM_MIN_SECONDS,
  };
}
