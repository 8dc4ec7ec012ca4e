import "server-only";
import type { Database } from "@/lib/db";
import type { Journey, Status } from "@/lib/triage/labels";
import { OUTCOME_STATUSES, REFERRAL_JOURNEYS, type ReportRow } from "./rows";
import { endOfUkDay, startOfUkDay } from "./weeks";

type Db = Pick<Database, "$queryRaw">;

/**
 * The referrals received in a period (London days `from` to `to`, inclusive), each with its first
 * staff action and first outcome, in one query. Only what the reports count leaves the database:
 * no names, contact details or free text, except a professional's role.
 */
export async function reportRows(db: Db, from: string, to: string): Promise<ReportRow[]> {
  const journeys = [...REFERRAL_JOURNEYS];
  const outcomes = [...OUTCOME_STATUSES];
  const rows = await db.$queryRaw<
    {
      journey: Journey;
      programme: string | null;
      urgent: boolean;
      status: Status;
      received_at: Date;
      first_action_at: Date | null;
      outcome_at: Date | null;
      referrer_role: string | null;
    }[]
  >`
    SELECT r.journey::text AS journey, r.programme, r.urgent, r.status::text AS status,
      r.created_at AS received_at,
      -- LEAST skips NULLs: the earliest of whichever kinds of staff action there have been.
      LEAST(
        (SELECT min(s.created_at) FROM status_change s WHERE s.referral_id = r.id),
        (SELECT min(n.created_at) FROM note n WHERE n.referral_id = r.id),
        (SELECT min(c.created_at) FROM referral_change c WHERE c.referral_id = r.id)
      ) AS first_action_at,
      (SELECT min(s.created_at) FROM status_change s
        WHERE s.referral_id = r.id AND s."to"::text = ANY(${outcomes}::text[])) AS outcome_at,
      CASE WHEN r.journey = 'PROFESSIONAL' THEN r.answers -> 'referrer' ->> 'role' END AS referrer_role
    FROM referral r
    WHERE r.created_at >= ${startOfUkDay(from)} AND r.created_at < ${endOfUkDay(to)}
      AND r.journey::text = ANY(${journeys}::text[])
    ORDER BY r.created_at`;
  return rows.map((r) => ({
    journey: r.journey,
    programme: r.programme,
    urgent: r.urgent,
    status: r.status,
    receivedAt: r.received_at,
    firstActionAt: r.first_action_at,
    outcomeAt: r.outcome_at,
    referrerRole: r.referrer_role,
  }));
}
