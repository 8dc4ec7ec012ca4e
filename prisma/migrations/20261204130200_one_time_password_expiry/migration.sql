-- A generated one-time password stops working 72 hours after it was made (M-7); cleared when
-- the person chooses their own password.

-- AlterTable
ALTER TABLE "staff_user" ADD COLUMN "one_time_password_expires_at" TIMESTAMPTZ(3);
