-- The last duty alert that listed each referral (issue 15, escalation; H02).
ALTER TABLE "referral" ADD COLUMN "escalated_at" TIMESTAMPTZ(3);

-- The oldest referrals still waiting in each status, for the escalation banner on every dashboard page.
CREATE INDEX "referral_status_age_idx" ON "referral"("status", "created_at");
