import type { Journey, Status } from "@/lib/triage/labels";

/** One referral as the reports see it: no names, no contact details, no free text but a role. */
export interface ReportRow {
  journey: Journey;
  /** Where staff placed the person: a programme id, "none" (signposted), or null (not yet). */
  programme: string | null;
  urgent: boolean;
  status: Status;
  receivedAt: Date;
  /** The first status change, note, or programme or urgency change by staff; null if none yet. */
  firstActionAt: Date | null;
  /** The first move to an outcome status (accepted, signposted, declined, withdrawn, closed). */
  outcomeAt: Date | null;
  /** A professional's answer to "Your role"; null for others, and once anonymised. */
  referrerRole: string | null;
}

/** Enquiries are not referrals: the reports count only the four referral journeys. */
export const REFERRAL_JOURNEYS = ["YOUNG_PERSON_SELF", "ADULT_SELF", "PARENT_CARER", "PROFESSIONAL"] as const;

export const OUTCOME_STATUSES = ["ACCEPTED", "SIGNPOSTED", "DECLINED", "WITHDRAWN", "CLOSED"] as const;
