-- CreateEnum
CREATE TYPE "Journey" AS ENUM ('YOUNG_PERSON_SELF', 'ADULT_SELF', 'PARENT_CARER', 'PROFESSIONAL', 'GENERAL_QUESTION', 'TRAINING_ENQUIRY');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('NEW', 'IN_REVIEW', 'ACCEPTED', 'SIGNPOSTED', 'DECLINED', 'WITHDRAWN', 'CLOSED');

-- CreateTable
CREATE TABLE "referral" (
    "id" UUID NOT NULL,
    "reference" VARCHAR(12) NOT NULL,
    "journey" "Journey" NOT NULL,
    "programme" VARCHAR(40),
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "status" "ReferralStatus" NOT NULL DEFAULT 'NEW',
    "assignee_id" VARCHAR(64),
    "given_name" VARCHAR(100),
    "family_name" VARCHAR(100),
    "date_of_birth" DATE,
    "nhs_number" CHAR(10),
    "email" VARCHAR(254),
    "phone" VARCHAR(40),
    "postcode" VARCHAR(10),
    "answers" JSONB NOT NULL,
    "idempotency_key" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "notified_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "anonymised_at" TIMESTAMPTZ(3),

    CONSTRAINT "referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "status_change" (
    "id" UUID NOT NULL,
    "referral_id" UUID NOT NULL,
    "from" "ReferralStatus",
    "to" "ReferralStatus" NOT NULL,
    "reason" VARCHAR(2000),
    "author_id" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "status_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "note" (
    "id" UUID NOT NULL,
    "referral_id" UUID NOT NULL,
    "body" VARCHAR(5000) NOT NULL,
    "author_id" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "actor_id" VARCHAR(64),
    "action" VARCHAR(64) NOT NULL,
    "target" VARCHAR(64),
    "ip" VARCHAR(45),
    "detail" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "referral_reference_key" ON "referral"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "referral_idempotency_key_key" ON "referral"("idempotency_key");

-- CreateIndex
CREATE INDEX "referral_inbox_order_idx" ON "referral"("urgent" DESC, "created_at");

-- CreateIndex
CREATE INDEX "referral_status_inbox_idx" ON "referral"("status", "urgent" DESC, "created_at");

-- CreateIndex
CREATE INDEX "referral_nhs_number_idx" ON "referral"("nhs_number");

-- CreateIndex
CREATE INDEX "referral_email_idx" ON "referral"("email");

-- CreateIndex
CREATE INDEX "status_change_referral_idx" ON "status_change"("referral_id", "created_at");

-- CreateIndex
CREATE INDEX "note_referral_idx" ON "note"("referral_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_event_created_idx" ON "audit_event"("created_at");

-- CreateIndex
CREATE INDEX "audit_event_actor_idx" ON "audit_event"("actor_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_event_target_idx" ON "audit_event"("target", "created_at");

-- AddForeignKey
ALTER TABLE "status_change" ADD CONSTRAINT "status_change_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "note" ADD CONSTRAINT "note_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The audit trail is append-only: no code path, and no stray SQL, may rewrite history.
CREATE FUNCTION "audit_event_is_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "audit_event_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "audit_event"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_is_append_only"();

CREATE TRIGGER "audit_event_no_truncate"
  BEFORE TRUNCATE ON "audit_event"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_is_append_only"();
