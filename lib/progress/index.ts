import "server-only";
// Check progress (issue 17): a person sees their referral's stage by reference and date of birth.
import { getEnv } from "@/lib/config";
import { getDb } from "@/lib/db";
import { createLimiter, type Limiter } from "@/lib/referrals/rate-limit";
import { checkProgress, PROGRESS_LIMITS, type ProgressLimitKind } from "./check";
import { readProgress } from "./read";

const holder = globalThis as unknown as { iptProgressLimiter?: Limiter<ProgressLimitKind> };

/** The same Postgres-backed limiter as submissions (table rate_limit), with its own keys. */
function limiter(): Limiter<ProgressLimitKind> {
  holder.iptProgressLimiter ??= createLimiter(getEnv().DATABASE_URL ?? "", { ...PROGRESS_LIMITS });
  return holder.iptProgressLimiter;
}

export const progress = {
  check: (input: { reference: string; dateOfBirth: Date; client: string }) => checkProgress(getDb(), limiter(), input),
  read: (referralId: string) => readProgress(getDb(), referralId),
};

export { makePass, readPass, PASS_MINUTES } from "./pass";
export { STAGES, stageOf, type Stage } from "./stage";
export type { Progress } from "./read";
