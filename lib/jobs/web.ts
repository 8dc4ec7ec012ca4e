import "server-only";
import type { PgBoss } from "pg-boss";
import { createBoss } from "./boss";

// The web server's pg-boss: only for queuing jobs, no maintenance. Started on first use and
// started again after a failure (the database may have been down).
const holder = globalThis as unknown as { iptBoss?: Promise<PgBoss> };

export function getQueueClient(connectionString: string): Promise<PgBoss> {
  if (!holder.iptBoss) {
    const boss = createBoss(connectionString, { name: "web", supervise: false, poolSize: 2 });
    holder.iptBoss = boss.start().catch((error: unknown) => {
      holder.iptBoss = undefined;
      throw error;
    });
  }
  return holder.iptBoss;
}
