-- Issue 17: a refused outcome email marks only itself, and the copy of the outcome to the GP practice.
ALTER TABLE "referral" ADD COLUMN "outcome_refused_at" TIMESTAMPTZ(3);
ALTER TABLE "referral" ADD COLUMN "gp_outcome_attempted_at" TIMESTAMPTZ(3);
ALTER TABLE "referral" ADD COLUMN "gp_outcome_emailed_at" TIMESTAMPTZ(3);
ALTER TABLE "referral" ADD COLUMN "gp_outcome_refused_at" TIMESTAMPTZ(3);
