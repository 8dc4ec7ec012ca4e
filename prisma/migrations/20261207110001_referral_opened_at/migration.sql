-- When a signed-in staff member first opened each referral (issue 15, escalation; H02).
-- Referrals already in the database take the time of their first recorded view (the audit log
-- records every view), or of a staff action on them; the rest stay unopened.
ALTER TABLE "referral" ADD COLUMN "opened_at" TIMESTAMPTZ(3);

UPDATE "referral" r
SET "opened_at" = first_open.at
FROM (
  SELECT "referral_id", MIN("created_at") AS at FROM (
    SELECT "target"::uuid AS "referral_id", "created_at" FROM "audit_event"
      WHERE "action" = 'referral.viewed' AND "target" ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
    UNION ALL SELECT "referral_id", "created_at" FROM "status_change"
    UNION ALL SELECT "referral_id", "created_at" FROM "note"
  ) opens GROUP BY "referral_id"
) first_open
WHERE first_open."referral_id" = r."id";
