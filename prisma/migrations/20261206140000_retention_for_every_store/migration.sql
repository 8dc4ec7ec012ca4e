-- Retention for every store (issue 12, review M-4).

-- 1. A referral's retention runs from when it finished, whatever the outcome (signposted, declined,
--    withdrawn or closed), not only from Closed. `closed_at` now means "finished at"; referrals that
--    finished before this change take the time of their last status change.
UPDATE "referral" r
SET "closed_at" = sc.last_change
FROM (
  SELECT "referral_id", MAX("created_at") AS last_change FROM "status_change" GROUP BY "referral_id"
) sc
WHERE sc."referral_id" = r."id"
  AND r."status" IN ('SIGNPOSTED', 'DECLINED', 'WITHDRAWN', 'CLOSED')
  AND r."closed_at" IS NULL;

-- 2. The audit trail stays append-only for every role, but events older than the audit retention
--    period may be removed through this one function, which the app role may call and nothing else.
--    It refuses any cutoff less than a year ago, so a compromised app cannot erase recent history.
CREATE OR REPLACE FUNCTION "audit_event_is_append_only"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('ipt.audit_retention', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION "purge_audit_events"(cutoff timestamptz) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  removed bigint;
BEGIN
  IF cutoff > now() - interval '365 days' THEN
    RAISE EXCEPTION 'audit events are kept for at least a year (cutoff %)', cutoff;
  END IF;
  PERFORM set_config('ipt.audit_retention', 'on', true);
  DELETE FROM "audit_event" WHERE "created_at" < cutoff;
  GET DIAGNOSTICS removed = ROW_COUNT;
  PERFORM set_config('ipt.audit_retention', 'off', true);
  RETURN removed;
END;
$$;

REVOKE ALL ON FUNCTION "purge_audit_events"(timestamptz) FROM PUBLIC;
