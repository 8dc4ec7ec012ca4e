-- The last duty alert that listed each referral (issue 15, escalation; H02).
ALTER TABLE "referral" ADD COLUMN "escalated_at" TIMESTAMPTZ(3);
