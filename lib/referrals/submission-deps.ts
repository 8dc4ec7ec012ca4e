import "server-only";
import type { PgBoss } from "pg-boss";
import { getEnv } from "@/lib/config";
import { getDb, type Database } from "@/lib/db";
import { getQueueClient } from "@/lib/jobs";
import type { Limiter } from "./rate-limit";
import { createSubmissionLimiter } from "./shared-networks";

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
  holder.iptLimiter ??= createSubmissionLimiter(url, env);
  return {
    db: getDb(),
    queue: () => getQueueClient(url),
    limiter: holder.iptLimiter,
    minSeconds: env.FORM_MIN_SECONDS,
  };
}
