import pg from "pg";

/** The role the web server and worker use in the embedded database. */
export const EMBEDDED_APP_ROLE = "ipt_app";

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Creates (or re-keys) the login role the app and worker connect as. It owns nothing, so it cannot
 * alter a table or switch off a trigger (M-6). Run as the owner/migration role.
 */
export async function ensureLoginRole(ownerUrl: string, role: string, password: string): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
    const literal = (await client.query<{ q: string }>("SELECT quote_literal($1) AS q", [password])).rows[0]!.q;
    const verb = rowCount ? "ALTER" : "CREATE";
    await client.query(
      `${verb} ROLE ${quoteIdent(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${literal}`,
    );
  });
}

/**
 * The app role's rights, granted after every migration so new tables are covered: reading and
 * writing the service's tables, but only INSERT (and SELECT for the audit page) on the audit log;
 * pg-boss's own schema as pg-boss needs it. Nothing else: no DDL in the public schema, no TRUNCATE.
 */
export async function grantAppRights(ownerUrl: string, role: string): Promise<void> {
  const who = quoteIdent(role);
  await withClient(ownerUrl, async (client) => {
    const database = (await client.query<{ db: string }>("SELECT current_database() AS db")).rows[0]!.db;
    await client.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    await client.query(`GRANT CONNECT ON DATABASE ${quoteIdent(database)} TO ${who}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${who}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${who}`);
    await client.query(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_event FROM ${who}`);
    await client.query(`REVOKE ALL ON _prisma_migrations FROM ${who}`);
    await client.query(`GRANT SELECT ON _prisma_migrations TO ${who}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${who}`);
    // The one way to remove old audit events (lib/retention/side-stores.ts); it checks the age itself.
    await client.query(`GRANT EXECUTE ON FUNCTION purge_audit_events(timestamptz) TO ${who}`);
    const boss = await client.query("SELECT 1 FROM pg_namespace WHERE nspname = 'pgboss'");
    if (boss.rowCount) {
      await client.query(`GRANT USAGE ON SCHEMA pgboss TO ${who}`);
      await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO ${who}`);
      await client.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA pgboss TO ${who}`);
      await client.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA pgboss TO ${who}`);
    }
  });
}

/** The same URL, logging in as another role. */
export function urlForRole(url: string, role: string, password: string): string {
  const result = new URL(url);
  result.username = encodeURIComponent(role);
  result.password = encodeURIComponent(password);
  return result.toString();
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
