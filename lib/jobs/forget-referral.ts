import "server-only";
import type { Database } from "@/lib/db";
import { JOB_SCHEMA } from "./queues";

type Db = Pick<Database, "$executeRawUnsafe">;

/**
 * Deletes every job about a referral, in every queue and state (review L-12): a job holds only the
 * referral's id, but a failed send keeps the mail server's reply, which usually quotes the address.
 * Erasure calls it; the worker finds no referral for a job that is running meanwhile.
 */
export async function deleteJobsOfReferral(db: Db, referralId: string): Promise<number> {
  return db.$executeRawUnsafe(`DELETE FROM ${JOB_SCHEMA}.job WHERE data->>'referralId' = $1`, referralId);
}
