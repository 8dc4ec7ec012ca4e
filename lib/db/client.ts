import { PrismaPg } from "@prisma/adapter-pg";
import { ConfigError, getEnv } from "@/lib/config";
import { PrismaClient } from "./generated/client";

export type Database = PrismaClient;

/** The one place a Prisma client is made. Fails fast when Postgres cannot be reached. */
export function createPrismaClient(connectionString: string): Database {
  const adapter = new PrismaPg({ connectionString, connectionTimeoutMillis: 5_000, max: 10 });
  return new PrismaClient({ adapter });
}

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
