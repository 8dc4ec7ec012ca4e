import "server-only";
import { log } from "@/lib/log";
import { isRowGone } from "./row-gone";

/** How untilWritten keeps trying. */
export interface WriteRetry {
  /**
   * The pause between tries. Short, so the write lands within about half a second of the database
   * coming back: pg-boss may have failed the job as dead meanwhile (a stale heartbeat), and another
   * worker starts its retry no sooner than 5 s later, which would send a "(repeat)" unless "sent"
   * is written first (tests/integration/database-dies-after-send.test.ts).
   */
  pauseMs: number;
  /** How long to keep trying: less than the email jobs' expiry (15 minutes, lib/jobs/boss.ts). */
  forMs: number;
}

export const WRITE_RETRY: WriteRetry = { pauseMs: 500, forMs: 10 * 60_000 };

// One log line when the database first refuses, then one every half a minute while it stays away.
const LOG_EVERY_MS = 30_000;

/**
 * Retries a database write in-process until it is written, for as long as the job may live:
 * after the mail server has accepted a message, failing the job would send it again. A write that
 * can never succeed (the row was erased meanwhile) is given up at once, so it does not hold the
 * queue's worker for ten minutes; the job's next attempt then finds nothing to send.
 */
export async function untilWritten<T>(write: () => Promise<T>, retry: WriteRetry = WRITE_RETRY): Promise<T> {
  const started = Date.now();
  let loggedAt = -Infinity;
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      const waitedMs = Date.now() - started;
      if (waitedMs >= retry.forMs || isRowGone(error)) throw error;
      if (waitedMs - loggedAt >= LOG_EVERY_MS) {
        loggedAt = waitedMs;
        log.warn({
          event: "database.write-retry",
          attempt,
          waitedMs,
          errorName: (error as Error)?.name ?? "Error",
          errorCode: (error as { code?: unknown })?.code,
        });
      }
      await new Promise((resolve) => setTimeout(resolve, retry.pauseMs));
    }
  }
}
