-- Risk and safeguarding flags as columns, so the inbox can tag and filter them (issue 10).
ALTER TABLE "referral" ADD COLUMN "suggested_programme" VARCHAR(40),
ADD COLUMN "flag_self_harm_thoughts" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "flag_may_act_soon" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "flag_being_hurt" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "flag_safeguarding" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "flag_under16_parent_unaware" BOOLEAN NOT NULL DEFAULT false;

-- CreateEnum
CREATE TYPE "ReferralField" AS ENUM ('PROGRAMME', 'URGENCY');

-- A staff decision to change the suggested programme or the urgency, with its reason.
CREATE TABLE "referral_change" (
    "id" UUID NOT NULL,
    "referral_id" UUID NOT NULL,
    "field" "ReferralField" NOT NULL,
    "from_value" VARCHAR(40),
    "to_value" VARCHAR(40),
    "reason" VARCHAR(2000) NOT NULL,
    "author_id" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "referral_change_pkey" PRIMARY KEY ("id")
);

-- A submission a limit refused, kept for staff to release rather than dropped.
CREATE TABLE "held_submission" (
    "id" UUID NOT NULL,
    "journey" "Journey" NOT NULL,
    "answers" JSONB NOT NULL,
    "programme" VARCHAR(40),
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "flags" JSONB NOT NULL,
    "idempotency_key" VARCHAR(64) NOT NULL,
    "reason" VARCHAR(40) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "released_at" TIMESTAMPTZ(3),
    "released_by" VARCHAR(64),
    "referral_id" UUID,
    "discarded_at" TIMESTAMPTZ(3),

    CONSTRAINT "held_submission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "referral_change_referral_idx" ON "referral_change"("referral_id", "created_at");
CREATE UNIQUE INDEX "held_submission_idempotency_key_key" ON "held_submission"("idempotency_key");
CREATE INDEX "held_submission_waiting_idx" ON "held_submission"("released_at", "created_at");

-- AddForeignKey
ALTER TABLE "referral_change" ADD CONSTRAINT "referral_change_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;
