-- Sign-in tries reserved before a password or code is checked (lib/auth/throttle.ts): one row per
-- account, per address, and per account from one address. Counting happens in a single
-- INSERT ... ON CONFLICT DO UPDATE, so parallel attempts cannot all pass a stale count.

-- CreateTable
CREATE TABLE "sign_in_throttle" (
    "key" VARCHAR(160) NOT NULL,
    "tries" INTEGER NOT NULL DEFAULT 0,
    "strikes" INTEGER NOT NULL DEFAULT 0,
    "blocked_until" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_throttle_pkey" PRIMARY KEY ("key")
);
