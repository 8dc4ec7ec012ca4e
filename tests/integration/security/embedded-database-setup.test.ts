import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareDatabase, type ReadyDatabase } from "@/lib/cli/database";
import { parseEnv } from "@/lib/config";
import { installJobs } from "@/lib/jobs/boss";

// M-6 and L-11: the review found `npm start`'s embedded Postgres used by the app as its initdb
// superuser, with cleartext `password` authentication. This sets the database up exactly as
// `npm start` does (lib/cli/serve.ts) in a cluster of its own, and connects as the app would.
let dataDir: string;
let ready: ReadyDatabase;
let app: pg.Client;
let owner: pg.Client;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "ipt-embedded-setup-"));
  // Run as root, Postgres runs as the `postgres` user, which must be able to reach its folder.
  await chmod(dataDir, 0o755);
  ready = await prepareDatabase(parseEnv({ DATA_DIR: dataDir }), () => {});
  await installJobs(ready.url);
  await ready.grantAppRights();
  app = new pg.Client({ connectionString: ready.appUrl });
  owner = new pg.Client({ connectionString: ready.url });
  await Promise.all([app.connect(), owner.connect()]);
});
afterAll(async () => {
  await Promise.all([app?.end(), owner?.end()]);
  await ready?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe("the database npm start sets up for itself", () => {
  it("connects the web server and worker as a role that is no superuser and cannot switch off the audit trigger (M-6)", async () => {
    const me = await app.query<{ user: string; super: boolean }>(
      "SELECT current_user AS user, rolsuper AS super FROM pg_roles WHERE rolname = current_user",
    );
    expect(me.rows[0]).toEqual({ user: "ipt_app", super: false });
    await expect(app.query("ALTER TABLE audit_event DISABLE TRIGGER ALL")).rejects.toThrow(/owner/);
    await expect(app.query("DELETE FROM audit_event")).rejects.toThrow(/permission denied/);
  });

  it("checks every password by scram-sha-256 challenge and response, never sent in clear (L-11)", async () => {
    const rules = await owner.query<{ type: string; auth_method: string }>(
      "SELECT type, auth_method FROM pg_hba_file_rules WHERE error IS NULL",
    );
    const network = rules.rows.filter((rule) => rule.type !== "local");
    expect(network.length).toBeGreaterThan(0);
    expect(new Set(network.map((rule) => rule.auth_method))).toEqual(new Set(["scram-sha-256"]));
    const stored = await owner.query<{ secret: string }>(
      "SELECT rolpassword AS secret FROM pg_authid WHERE rolname = 'ipt_app'",
    );
    expect(stored.rows[0]!.secret).toMatch(/^SCRAM-SHA-256\$/);
  });
});
