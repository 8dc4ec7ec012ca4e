export { createBoss, installJobs } from "./boss";
export { ACKNOWLEDGE_QUEUE, DEFAULT_RETRY, JOB_SCHEMA, NOTIFY_QUEUE, QUEUES, RETENTION_QUEUE, SWEEP_QUEUE, type RetryPolicy } from "./queues";
export { enqueueInTransaction, type RawSqlRunner } from "./transaction";
export { getQueueClient } from "./web";
export { startWorker, type JobHandlers, type Requeue, type RunningWorker, type WorkerOptions } from "./worker";
