-- Enquiries have their own workflow: new, replied, closed (issue 15).
ALTER TYPE "ReferralStatus" ADD VALUE 'REPLIED' BEFORE 'CLOSED';

-- The inbox's queue tabs (referrals, enquiries) count from this index alone.
CREATE INDEX "referral_status_journey_idx" ON "referral"("status", "journey");
