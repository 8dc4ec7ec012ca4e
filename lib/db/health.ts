import { getDb, type Database } from "./client";

export interface DatabaseHealth {
  status: "up" | "down";
  latencyMs: number;
}

/** Asks Postgres for a trivial answer; "down" when it cannot give one within a few seconds. */
export async function checkDatabase(db: Database = getDb(), timeoutMs = 3_000): Promise<DatabaseHealth> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    await withTimeout(db.$queryRaw`SELECT 1`, timeoutMs);
    return { status: "up", latencyMs: elapsed() };
  } catch {
    return { status: "down", latencyMs: elapsed() };
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
