import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installJobs } from "@/lib/jobs/boss";
import { ensureLoginRole, grantAppRights, urlForRole } from "@/lib/db/roles";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database";

// M-6: the review ran `ALTER TABLE audit_event DISABLE TRIGGER ALL; DELETE …` as the app's own
// superuser. The app now connects as a role set up by lib/db/roles.ts (as `npm start` does).
let database: TestDatabase;
let app: pg.Client;
const role = `ipt_app_test_${randomBytes(4).toString("hex")}`;

beforeAll(async () => {
  database = await createTestDatabase();
  await installJobs(database.url);
  const password = randomBytes(12).toString("hex");
  await ensureLoginRole(database.url, role, password);
  await grantAppRights(database.url, role);
  app = new pg.Client({ connectionString: urlForRole(database.url, role, password) });
  await app.connect();
  await app.query("INSERT INTO audit_event (actor_id, action, target) VALUES (NULL, 'audit.viewed', 'role-test')");
});
afterAll(async () => {
  await app.end();
  await database.drop();
});

const refusal = (sql: string) =>
  app.query(sql).then(
    () => "allowed",
    (error: Error) => error.message,
  );

describe("the app's database role", () => {
  it("is not a superuser and owns no table", async () => {
    const { rows } = await app.query(
      "SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user",
    );
    expect(rows[0]).toEqual({ rolsuper: false, rolcreaterole: false, rolcreatedb: false });
    const owned = await app.query("SELECT count(*)::int AS n FROM pg_tables WHERE tableowner = current_user");
    expect(owned.rows[0].n).toBe(0);
  });

  it("cannot switch off the audit log's append-only trigger", async () => {
    expect(await refusal("ALTER TABLE audit_event DISABLE TRIGGER ALL")).toMatch(/must be owner/);
    expect(await refusal("DROP TRIGGER audit_event_no_update_or_delete ON audit_event")).toMatch(/must be owner/);
  });

  it("cannot delete, change or truncate an audit row, but can add and read them", async () => {
    expect(await refusal("DELETE FROM audit_event WHERE target = 'role-test'")).toMatch(/permission denied/);
    expect(await refusal("UPDATE audit_event SET target = 'forged' WHERE target = 'role-test'")).toMatch(
      /permission denied/,
    );
    expect(await refusal("TRUNCATE audit_event")).toMatch(/permission denied/);
    const { rows } = await app.query("SELECT count(*)::int AS n FROM audit_event WHERE target = 'role-test'");
    expect(rows[0].n).toBe(1);
  });

  it("can remove audit events only through purge_audit_events, and only those over a year old", async () => {
    await app.query(
      "INSERT INTO audit_event (action, target, created_at) VALUES ('audit.viewed', 'role-old', now() - interval '800 days')",
    );
    expect(await refusal("DELETE FROM audit_event WHERE target = 'role-old'")).toMatch(/permission denied/);
    expect(await refusal("SELECT set_config('ipt.audit_retention', 'on', false)")).toBe("allowed");
    expect(await refusal("DELETE FROM audit_event WHERE target = 'role-old'")).toMatch(/permission denied/);
    expect(await refusal("SELECT purge_audit_events(now() - interval '10 days')")).toMatch(/at least a year/);
    const { rows } = await app.query("SELECT purge_audit_events(now() - interval '700 days') AS removed");
    expect(Number(rows[0].removed)).toBe(1);
    const left = await app.query("SELECT target FROM audit_event WHERE target LIKE 'role-%' ORDER BY target");
    expect(left.rows.map((r) => r.target)).toEqual(["role-test"]);
  });

  it("cannot create tables or change the schema, and cannot rewrite migration history", async () => {
    expect(await refusal("CREATE TABLE sneaky (id int)")).toMatch(/permission denied/);
    expect(await refusal("ALTER TABLE referral ADD COLUMN sneaky int")).toMatch(/must be owner/);
    expect(await refusal("DELETE FROM _prisma_migrations")).toMatch(/permission denied/);
  });

  it("can do the app's work: referrals, drafts, limits and the job queue", async () => {
    expect(await refusal("SELECT count(*) FROM referral")).toBe("allowed");
    expect(await refusal("DELETE FROM referral_draft WHERE expires_at < now()")).toBe("allowed");
    expect(await refusal("INSERT INTO rate_limit (key, points) VALUES ('role-test', 1)")).toBe("allowed");
    expect(await refusal("SELECT count(*) FROM pgboss.job")).toBe("allowed");
  });
});
