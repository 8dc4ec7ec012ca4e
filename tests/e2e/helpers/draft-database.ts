import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext } from "@playwright/test";
import pg from "pg";

// The e2e service's embedded Postgres (DATA_DIR .data/e2e), reached as `npm run staff:create`
// reaches it: the port from postmaster.pid, the password kept beside the cluster.
const dataDir = path.resolve(import.meta.dirname, "../../../.data/e2e/postgres");

function databaseUrl(): string {
  const pidFile = path.join(dataDir, "cluster", "postmaster.pid");
  if (!existsSync(pidFile)) throw new Error(`the e2e database is not running (${pidFile})`);
  const port = Number(readFileSync(pidFile, "utf8").split("\n")[3]);
  const password = readFileSync(path.join(dataDir, "postgres-password"), "utf8").trim();
  return `postgresql://ipt:${encodeURIComponent(password)}@127.0.0.1:${port}/ipt`;
}

async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** The secret in this browser's draft cookie for a journey, hashed as the service stores it. */
async function tokenHash(context: BrowserContext, journeySlug: string): Promise<string> {
  const cookie = (await context.cookies()).find((c) => c.name === `ipt_draft_${journeySlug}`);
  if (!cookie) throw new Error(`no draft cookie for ${journeySlug}`);
  return createHash("sha256").update(cookie.value).digest("hex");
}

/** Moves the draft's timeout into the past, as if the person had walked away for half an hour. */
export async function expireDraft(context: BrowserContext, journeySlug: string): Promise<void> {
  const hash = await tokenHash(context, journeySlug);
  const rows = await query(
    "UPDATE referral_draft SET expires_at = now() - interval '1 second' WHERE token_hash = $1 RETURNING id",
    [hash],
  );
  if (rows.length !== 1) throw new Error("no draft to expire");
}

/** Minutes the browser's draft for a journey has left, or null when it has none in the database. */
export async function draftMinutesLeft(context: BrowserContext, journeySlug: string): Promise<number | null> {
  const hash = await tokenHash(context, journeySlug);
  const rows = await query<{ minutes: number }>(
    "SELECT extract(epoch FROM expires_at - now()) / 60 AS minutes FROM referral_draft WHERE token_hash = $1",
    [hash],
  );
  return rows[0] ? Number(rows[0].minutes) : null;
}
