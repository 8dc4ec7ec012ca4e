-- The young person's own view: a private link and their answers, one per referral (issue 11).
CREATE TABLE "young_person_view" (
    "id" UUID NOT NULL,
    "referral_id" UUID NOT NULL,
    "token_hash" CHAR(64),
    "nonce" VARCHAR(43) NOT NULL,
    "email" VARCHAR(254),
    "phone" VARCHAR(40),
    "invited_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "invite_attempted_at" TIMESTAMPTZ(3),
    "invited_email_sent_at" TIMESTAMPTZ(3),
    "answered_at" TIMESTAMPTZ(3),
    "answers" JSONB,
    "team_notify_attempted_at" TIMESTAMPTZ(3),
    "team_notified_at" TIMESTAMPTZ(3),

    CONSTRAINT "young_person_view_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "young_person_view_referral_id_key" ON "young_person_view"("referral_id");
CREATE UNIQUE INDEX "young_person_view_token_hash_key" ON "young_person_view"("token_hash");
CREATE INDEX "young_person_view_expiry_idx" ON "young_person_view"("expires_at");

ALTER TABLE "young_person_view" ADD CONSTRAINT "young_person_view_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;
