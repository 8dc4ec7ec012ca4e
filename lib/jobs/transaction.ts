import "server-only";
import type { PgBoss } from "pg-boss";
import type { QueueName } from "./queues";

/** Anything that can run SQL inside the caller's transaction (a Prisma transaction client). */
export interface RawSqlRunner {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

/**
 * Queues a job through the caller's open transaction (pg-boss's `db` option), so the job
 * exists if and only if the transaction that saved the referral commits.
 */
export async function enqueueInTransaction(
  boss: PgBoss,
  tx: RawSqlRunner,
  queue: QueueName,
  data: { referralId: string },
): Promise<string | null> {
  const db = {
    // Stryker disable next-line ArrayDeclaration: equivalent, pg-boss's send always passes its values (the default only guards a call without them)
    executeSql: async (text: string, values: unknown[] = []) => ({
      rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values),
    }),
  };
  return boss.send(queue, data, { db, singletonKey: data.referralId });
}
