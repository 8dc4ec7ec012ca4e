-- An inbox search term kept on the server (security review L-2): the dashboard's URLs carry only
-- a random id, so names, emails and NHS numbers staff search for never reach browser history,
-- proxy logs or a Referer header. Only the person who searched can use it; rows go after a day.
CREATE TABLE "saved_search" (
    "id" VARCHAR(32) NOT NULL,
    "staff_id" VARCHAR(64) NOT NULL,
    "term" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "saved_search_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "saved_search_created_idx" ON "saved_search"("created_at");
