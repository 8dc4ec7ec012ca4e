/** Queue names; pg-boss keeps its tables in its own Postgres schema, JOB_SCHEMA. */
export const JOB_SCHEMA = "pgboss";
export const NOTIFY_QUEUE = "referral-notification";
export const ACKNOWLEDGE_QUEUE = "referral-acknowledgement";
export const SWEEP_QUEUE = "referral-sweep";
export const RETENTION_QUEUE = "referral-retention";
export const QUEUES = [NOTIFY_QUEUE, ACKNOWLEDGE_QUEUE, SWEEP_QUEUE, RETENTION_QUEUE] as const;
export type QueueName = (typeof QUEUES)[number];

export interface RetryPolicy {
  /** First wait before a retry, in seconds; it doubles (with jitter) up to `maxDelaySeconds`. */
  delaySeconds: number;
  maxDelaySeconds: number;
  /** Enough attempts at the longest wait to keep trying for about a week: "until delivered". */
  limit: number;
}

export const DEFAULT_RETRY: RetryPolicy = { delaySeconds: 15, maxDelaySeconds: 600, limit: 1_000 };
