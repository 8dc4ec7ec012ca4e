-- At most one email with a reference per address per day (H05): a keyed hash of the address, never
-- the address itself, with the UK day and the referral it was for. Rows older than two days are deleted.
CREATE TABLE "acknowledgement_sent" (
    "address_hash" VARCHAR(64) NOT NULL,
    "day" DATE NOT NULL,
    "referral_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "acknowledgement_sent_pkey" PRIMARY KEY ("address_hash","day")
);
