import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

export type LimitKind = "submission" | "form";

export interface Limiter<K extends string = LimitKind> {
  /** Counts one attempt from this client; false when they are over the limit for the hour. */
  consume(kind: K, client: string): Promise<boolean>;
}

/**
 * Per-client limits kept in Postgres (table rate_limit), so every app instance shares them.
 * A database error is thrown, not swallowed: the caller shows the "cannot save" page.
 */
export function createLimiter<K extends string = LimitKind>(
  connectionString: string,
  perHour: Record<K, number>,
  /** Keeps another set of limits for the same kinds apart in the one table (lib/referrals/shared-networks.ts). */
  keyPrefix = "",
): Limiter<K> {
  const pool = new pg.Pool({ connectionString, max: 2, connectionTimeoutMillis: 5_000 });
  pool.on("error", () => {}); // an idle client losing its connection is not fatal; the next query reconnects
  const make = (kind: K) =>
    new RateLimiterPostgres({
      storeClient: pool,
      storeType: "pool",
      tableName: "rate_limit",
      tableCreated: true,
      keyPrefix: `${keyPrefix}${kind}`,
      points: perHour[kind],
      duration: 3600,
    });
  const limiters = Object.fromEntries((Object.keys(perHour) as K[]).map((kind) => [kind, make(kind)])) as Record<
    K,
    RateLimiterPostgres
  >;
  return {
    async consume(kind, client) {
      try {
        await limiters[kind].consume(client.slice(0, 100));
        return true;
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return false;
        throw rejection;
      }
    },
  };
}
