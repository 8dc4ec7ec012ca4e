import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { migrate, migrationChecksum, readMigrations } from "@/lib/db/migrate";
import { runOnServer, withDatabase } from "../helpers/postgres-global-setup";
import { inject } from "vitest";

// Each test starts from an empty database (not the migrated template).
const created: string[] = [];
async function emptyDatabase(): Promise<string> {
  const name = `ipt_empty_${Math.random().toString(36).slice(2, 10)}`;
  await runOnServer(inject("templateDatabaseUrl"), `CREATE DATABASE "${name}"`);
  created.push(name);
  return withDatabase(inject("templateDatabaseUrl"), name);
}
afterEach(async () => {
  for (const name of created.splice(0)) {
    await runOnServer(inject("templateDatabaseUrl"), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function migrationsFolder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "ipt-migrations-"));
  for (const [name, sql] of Object.entries(files)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

describe("migrations", () => {
  it("applies every migration once and records it as Prisma Migrate does", async () => {
    const url = await emptyDatabase();
    const migrations = await readMigrations();
    const first = await migrate(url);
    expect(first.applied).toEqual(migrations.map((m) => m.name));
    const second = await migrate(url);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(migrations.map((m) => m.name));
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      url,
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(migrations[i]?.checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
    }
  });

  it("applies each migration once when four instances start together", async () => {
    const url = await emptyDatabase();
    const results = await Promise.all([migrate(url), migrate(url), migrate(url), migrate(url)]);
    const appliedTotal = results.flatMap((r) => r.applied);
    const migrations = await readMigrations();
    expect(appliedTotal.sort()).toEqual(migrations.map((m) => m.name).sort());
    const [{ count }] = (await query<{ count: string }>(url, `SELECT count(*) FROM "_prisma_migrations"`)) as [
      { count: string },
    ];
    expect(Number(count)).toBe(migrations.length);
  });

  it("rolls a failing migration back completely and records nothing for it", async () => {
    const url = await emptyDatabase();
    const dir = await migrationsFolder({
      "1_good": `CREATE TABLE "kept" (id int);`,
      "2_bad": `CREATE TABLE "half_done" (id int);\nSELECT * FROM "no_such_table";`,
    });
    try {
      await expect(migrate(url, dir)).rejects.toThrow(/2_bad failed and was rolled back/);
      const tables = await query<{ tablename: string }>(
        url,
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`,
      );
      const names = tables.map((t) => t.tablename);
      expect(names).toContain("kept");
      expect(names).not.toContain("half_done");
      const recorded = await query<{ migration_name: string }>(url, `SELECT migration_name FROM "_prisma_migrations"`);
      expect(recorded.map((r) => r.migration_name)).toEqual(["1_good"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("refuses to go on when an applied migration's file was edited", async () => {
    const url = await emptyDatabase();
    const dir = await migrationsFolder({ "1_first": `CREATE TABLE "a" (id int);` });
    try {
      await migrate(url, dir);
      await writeFile(path.join(dir, "1_first", "migration.sql"), `CREATE TABLE "a" (id bigint);`);
      await expect(migrate(url, dir)).rejects.toThrow(/1_first was changed after it was applied/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("computes Prisma's checksum: the SHA-256 of the script", () => {
    expect(migrationChecksum("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });
});
