-- Delivery you can trust (issue 14): each email records when an attempt started, so a retry
-- after a crash knows the message may already have gone and marks it as a repeat; a permanent
-- refusal (SMTP 5xx) is recorded for staff at once.
ALTER TABLE "referral" ADD COLUMN     "notify_attempted_at" TIMESTAMPTZ(3),
ADD COLUMN     "acknowledge_attempted_at" TIMESTAMPTZ(3),
ADD COLUMN     "email_refused_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "worker_heartbeat" (
    "id" VARCHAR(64) NOT NULL,
    "beat_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "worker_heartbeat_pkey" PRIMARY KEY ("id")
);
