-- Standard measures at referral (issue 16): one row per measure, referral and occasion, so scores
-- can be repeated over time. Scored on the server (lib/measures).
CREATE TYPE "MeasureKind" AS ENUM ('PHQ9', 'GAD7', 'WSAS', 'SMFQ_CHILD', 'SMFQ_PARENT');

CREATE TYPE "MeasureOccasion" AS ENUM ('BASELINE', 'SESSION');

CREATE TYPE "MeasureScoreStatus" AS ENUM ('COMPLETE', 'PRORATED', 'INCOMPLETE', 'ENTERED');

CREATE TABLE "measure_score" (
    "id" UUID NOT NULL,
    "referral_id" UUID NOT NULL,
    "measure" "MeasureKind" NOT NULL,
    "occasion" "MeasureOccasion" NOT NULL DEFAULT 'BASELINE',
    "taken_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "MeasureScoreStatus" NOT NULL,
    "total" INTEGER,
    "band" VARCHAR(80),
    "items_answered" INTEGER NOT NULL,
    "items" JSONB NOT NULL,
    "risk_item_positive" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "measure_score_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "measure_score_referral_idx" ON "measure_score"("referral_id", "measure", "taken_at");

ALTER TABLE "measure_score" ADD CONSTRAINT "measure_score_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;
