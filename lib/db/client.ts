import { PrismaPg } from "@prisma/adapter-pg";
import { ConfigError, getEnv } from "@/lib/config";
import { PrismaClient } from "./generated/client";

export type Database = PrismaClient;

/**
 * A burst of sends larger than the pool (ten connections) waits up to 10 s for one, rather than
 * Prisma's default 2 s: someone pressing "Send" on a busy moment should wait a little, not be told
 * the service is unavailable. A transaction may run 15 s (default 5 s) for the same reason.
 */
export const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 } as const;

/**
 * The one place a Prisma client is made. A refused connection fails at once; the pool's wait for a
 * free connection (which pg also bounds by connectionTimeoutMillis) matches the transaction's.
 */
export function createPrismaClient(connectionString: string): Database {
  const adapter = new PrismaPg({
    connectionString,
    connectionTimeoutMillis: TRANSACTION_OPTIONS.maxWait,
    max: POOL_SIZE,
  });
  return new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS });
}

export const POOL_SIZE = 10;

// One client per process, kept on globalThis so hot reload in development does not
// open a new pool on every edit.
const holder = globalThis as unknown as { iptDatabase?: Database };

/** The process's shared Prisma client, built from DATABASE_URL on first use. */
export function getDb(): Database {
  if (!holder.iptDatabase) {
    const url = getEnv().DATABASE_URL;
    if (!url)
      throw new ConfigError(
        "Configuration error: DATABASE_URL is not set (npm start sets it for the embedded database)",
      );
    holder.iptDatabase = createPrismaClient(url);
  }
  return holder.iptDatabase;
}

/**
 * Points getDb() at `url` from now on, for code that learns where the database is only after
 * start-up: the command-line tools (the embedded database or DATABASE_URL) and each test file's
 * own database. The auth instance follows, since lib/auth rebuilds it for a new client.
 */
export function switchDatabase(url: string): Database {
  holder.iptDatabase = createPrismaClient(url);
  return holder.iptDatabase;
}
