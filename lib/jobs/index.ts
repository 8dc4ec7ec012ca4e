export { createBoss, installJobs } from "./boss";
export {
  ACKNOWLEDGE_QUEUE,
  DEAD_LETTER_QUEUE,
  DEFAULT_RETRY,
  DIGEST_QUEUE,
  EMAIL_HEARTBEAT_SECONDS,
  ESCALATION_QUEUE,
  JOB_SCHEMA,
  NOTIFY_QUEUE,
  QUEUES,
  RETENTION_QUEUE,
  SWEEP_QUEUE,
  YOUNG_PERSON_INVITE_QUEUE,
  YOUNG_PERSON_VIEW_QUEUE,
  type RetryPolicy,
} from "./queues";
export { enqueueInTransaction, type RawSqlRunner } from "./transaction";
export { getQueueClient } from "./web";
export { PermanentJobFailure } from "./permanent-failure";
export {
  startWorker,
  type JobAttempt,
  type JobHandlers,
  type Requeue,
  type RunningWorker,
  type WorkerOptions,
} from "./worker";
