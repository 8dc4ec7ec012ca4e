-- Issue 17: the words a person sees for an outcome, and the outcome email to the referrer.
ALTER TABLE "status_change" ADD COLUMN "outcome_words" VARCHAR(200);
ALTER TABLE "status_change" ADD COLUMN "shared_text" VARCHAR(500);
ALTER TABLE "status_change" ADD COLUMN "shared_with_person" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "referral" ADD COLUMN "outcome_attempted_at" TIMESTAMPTZ(3);
ALTER TABLE "referral" ADD COLUMN "outcome_emailed_at" TIMESTAMPTZ(3);
