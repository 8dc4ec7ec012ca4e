import "server-only";
import type { Database } from "@/lib/db";
import { ACKNOWLEDGE_QUEUE, JOB_SCHEMA, NOTIFY_QUEUE } from "./queues";

export interface WorkerHealth {
  /** Email jobs waiting (created or retry) across both email queues. */
  queueDepth: number;
  /** Seconds the oldest waiting email job has waited; 0 when none waits. */
  oldestWaitingSeconds: number;
  /** Seconds since any worker's last heartbeat; null when none has ever beaten. */
  heartbeatAgeSeconds: number | null;
}

/** Reads the email queues and the heartbeat table, with database time throughout (no app clock skew). */
export async function checkWorker(db: Database): Promise<WorkerHealth> {
  const [queue] = await db.$queryRawUnsafe<{ depth: bigint; oldest: number | null }[]>(
    `SELECT count(*) AS depth, EXTRACT(EPOCH FROM now() - min(created_on))::float8 AS oldest
       FROM ${JOB_SCHEMA}.job WHERE name = ANY($1::text[]) AND state IN ('created', 'retry')`,
    [NOTIFY_QUEUE, ACKNOWLEDGE_QUEUE],
  );
  const [beat] = await db.$queryRawUnsafe<{ age: number | null }[]>(
    `SELECT EXTRACT(EPOCH FROM now() - max(beat_at))::float8 AS age FROM worker_heartbeat`,
  );
  return {
    queueDepth: Number(queue?.depth ?? 0),
    oldestWaitingSeconds: Math.max(0, Math.round(queue?.oldest ?? 0)),
    heartbeatAgeSeconds: beat?.age == null ? null : Math.max(0, Math.round(beat.age)),
  };
}
