/** Queue names; pg-boss keeps its tables in its own Postgres schema, JOB_SCHEMA. */
export const JOB_SCHEMA = "pgboss";
export const NOTIFY_QUEUE = "referral-notification";
export const ACKNOWLEDGE_QUEUE = "referral-acknowledgement";
export const SWEEP_QUEUE = "referral-sweep";
export const RETENTION_QUEUE = "referral-retention";
/** Duty alerts about urgent referrals not opened and referrals past the standard; and the daily digest. */
export const ESCALATION_QUEUE = "referral-escalation";
export const DIGEST_QUEUE = "referral-digest";
/** The young person's private link, emailed to them; and the team's note that they answered. */
export const YOUNG_PERSON_INVITE_QUEUE = "young-person-invitation";
export const YOUNG_PERSON_VIEW_QUEUE = "young-person-view-added";
/** The outcome email to the professional who referred (lib/referrals/outcome-email.ts). */
export const OUTCOME_QUEUE = "referral-outcome";
/** Its copy to the person's GP practice, only when the person agreed (lib/referrals/outcome-job.ts). */
export const GP_OUTCOME_QUEUE = "referral-outcome-gp";
/** "Save and come back later": the single-use link to a saved draft (lib/referrals/return-links.ts). */
export const DRAFT_RETURN_QUEUE = "draft-return-link";
/**
 * Emails the mail server refused for good (5xx) or that ran out of retries. Nobody works this queue:
 * its jobs wait for staff, who see them at /admin/emails and can send them again.
 */
export const DEAD_LETTER_QUEUE = "email-dead-letter";
export const QUEUES = [
  NOTIFY_QUEUE,
  ACKNOWLEDGE_QUEUE,
  SWEEP_QUEUE,
  RETENTION_QUEUE,
  YOUNG_PERSON_INVITE_QUEUE,
  YOUNG_PERSON_VIEW_QUEUE,
  ESCALATION_QUEUE,
  DIGEST_QUEUE,
  OUTCOME_QUEUE,
  GP_OUTCOME_QUEUE,
  DRAFT_RETURN_QUEUE,
] as const;
export type QueueName = (typeof QUEUES)[number];

/** The emails about a referral: each retried for about a week, then to the dead letter (installJobs). */
export const EMAIL_QUEUES = [
  NOTIFY_QUEUE,
  ACKNOWLEDGE_QUEUE,
  YOUNG_PERSON_INVITE_QUEUE,
  YOUNG_PERSON_VIEW_QUEUE,
  OUTCOME_QUEUE,
  GP_OUTCOME_QUEUE,
] as const;

export interface RetryPolicy {
  /** First wait before a retry, in seconds; it doubles (with jitter) up to `maxDelaySeconds`. */
  delaySeconds: number;
  maxDelaySeconds: number;
  /** Enough attempts at the longest wait to keep trying for about a week: "until delivered". */
  limit: number;
}

// The first retry comes 5–10 s after a failure, so a job whose worker died (missed heartbeat, ~20 s)
// is sent again within about 30 s; later waits double up to 10 minutes.
export const DEFAULT_RETRY: RetryPolicy = { delaySeconds: 5, maxDelaySeconds: 600, limit: 1_000 };

/** Email jobs' heartbeat: a job whose worker stopped beating this long is failed and retried. */
export const EMAIL_HEARTBEAT_SECONDS = 10;
