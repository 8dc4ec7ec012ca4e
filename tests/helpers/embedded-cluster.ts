import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * The connection URL of the embedded Postgres that `npm start` runs with DATA_DIR=dataDir:
 * its port is on line 4 of postmaster.pid, its password in the file kept beside the cluster.
 */
export async function embeddedDatabaseUrl(dataDir: string): Promise<string> {
  const pid = (await readFile(path.join(dataDir, "postgres/cluster/postmaster.pid"), "utf8")).split("\n");
  const password = (await readFile(path.join(dataDir, "postgres/postgres-password"), "utf8")).trim();
  return `postgresql://ipt:${encodeURIComponent(password)}@127.0.0.1:${pid[3]}/ipt`;
}
