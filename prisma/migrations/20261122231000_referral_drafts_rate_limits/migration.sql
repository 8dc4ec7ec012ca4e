-- AlterTable
ALTER TABLE "referral" ADD COLUMN     "acknowledged_at" TIMESTAMPTZ(3),
ADD COLUMN     "notification_overdue_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "referral_draft" (
    "id" UUID NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "journey" "Journey" NOT NULL,
    "answers" JSONB NOT NULL,
    "idempotency_key" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "referral_draft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "referral_draft_token_hash_key" ON "referral_draft"("token_hash");

-- CreateIndex
CREATE INDEX "referral_draft_expires_idx" ON "referral_draft"("expires_at");
