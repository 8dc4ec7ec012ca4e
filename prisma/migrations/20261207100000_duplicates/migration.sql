-- Possible duplicate referrals (issue 15, H07), and the index that finds people born on the same day.
CREATE TYPE "DuplicateState" AS ENUM ('POSSIBLE', 'LINKED', 'DISMISSED');

CREATE TABLE "referral_match" (
    "id" UUID NOT NULL,
    "referral_id" UUID NOT NULL,
    "matched_id" UUID NOT NULL,
    "rule" VARCHAR(40) NOT NULL,
    "state" "DuplicateState" NOT NULL DEFAULT 'POSSIBLE',
    "decided_by_id" VARCHAR(64),
    "decided_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "referral_match_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "referral_match_pair_key" ON "referral_match"("referral_id", "matched_id");
CREATE INDEX "referral_match_matched_idx" ON "referral_match"("matched_id");
CREATE INDEX "referral_date_of_birth_idx" ON "referral"("date_of_birth");

-- AddForeignKey
ALTER TABLE "referral_match" ADD CONSTRAINT "referral_match_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "referral_match" ADD CONSTRAINT "referral_match_matched_id_fkey" FOREIGN KEY ("matched_id") REFERENCES "referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;
