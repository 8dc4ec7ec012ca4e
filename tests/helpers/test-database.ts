import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { createPrismaClient, type Database } from "../../lib/db/client";
import { runOnServer, withDatabase } from "./postgres-global-setup";

export interface TestDatabase {
  url: string;
  name: string;
  /** A Prisma client on this database, made on first use and closed by drop(). */
  db(): Database;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file: a copy of the run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const templateUrl = inject("templateDatabaseUrl");
  const template = new URL(templateUrl).pathname.slice(1);
  const name = `ipt_test_${randomBytes(5).toString("hex")}`;
  await withRetry(() => runOnServer(templateUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  const url = withDatabase(templateUrl, name);
  let client: Database | undefined;
  return {
    url,
    name,
    db: () => (client ??= createPrismaClient(url)),
    drop: async () => {
      await client?.$disconnect();
      await runOnServer(templateUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

// Two files copying the template at the same moment can collide ("source database is being
// accessed by other users"); a short wait and a retry is enough.
async function withRetry(work: () => Promise<void>, attempts = 10): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !String(error).includes("being accessed by other users")) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}
