-- "Save and come back later" (issue 17): one emailed, single-use link per unsent draft. Only the
-- hash of the link's token is kept; the row goes with its draft.
CREATE TABLE "draft_return_link" (
    "id" UUID NOT NULL,
    "draft_id" UUID NOT NULL,
    "token_hash" CHAR(64),
    "nonce" VARCHAR(43) NOT NULL,
    "email" VARCHAR(254),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "attempted_at" TIMESTAMPTZ(3),
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "draft_return_link_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "draft_return_link_draft_id_key" ON "draft_return_link"("draft_id");
CREATE UNIQUE INDEX "draft_return_link_token_hash_key" ON "draft_return_link"("token_hash");

ALTER TABLE "draft_return_link" ADD CONSTRAINT "draft_return_link_draft_id_fkey" FOREIGN KEY ("draft_id") REFERENCES "referral_draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;
