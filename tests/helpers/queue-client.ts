import type { PgBoss } from "pg-boss";
import { createBoss } from "../../lib/jobs/boss";

/** A queue client for tests that send jobs, as the web server's does: no maintenance, no cron clock. Not started. */
export const testQueueClient = (url: string): PgBoss =>
  createBoss(url, { name: "test", supervise: false, poolSize: 3 });
