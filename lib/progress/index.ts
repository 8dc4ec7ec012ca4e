import "server-only";
// Check progress (issue 17): a person sees their referral's stage by reference and date of birth.
import { getEnv } from "@/lib/config";
import { getDb } from "@/lib/db";
import type { Limiter } from "@/lib/referrals/rate-limit";
import { checkProgress, type ProgressLimitKind } from "./check";
import { createProgressLimiter } from "./limiter";
import { readProgress } from "./read";

const holder = globalThis as unknown as { iptProgressLimiter?: Limiter<ProgressLimitKind> };

/** The same Postgres-backed limiter as submissions (table rate_limit), with its own keys. */
function limiter(): Limiter<ProgressLimitKind> {
  const env = getEnv();
  holder.iptProgressLimiter ??= createProgressLimiter(env.DATABASE_URL ?? "", env);
  return holder.iptProgressLimiter;
}

export const progress = {
  check: (input: { reference: string; dateOfBirth: Date; client: string }) => checkProgress(getDb(), limiter(), input),
  read: (referralId: string) => readProgress(getDb(), referralId),
};

export { makePass, readPass, PASS_MINUTES } from "./pass";
export { STAGES, stageOf, type Stage } from "./stage";
export type { Progress } from "./read";
