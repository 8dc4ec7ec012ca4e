-- The last TOTP time step accepted for each person (lib/auth/totp-step.ts): a code is accepted
-- only for a later step, so one code cannot sign in twice (M-1).

-- AlterTable
ALTER TABLE "staff_two_factor" ADD COLUMN "last_used_step" BIGINT;
