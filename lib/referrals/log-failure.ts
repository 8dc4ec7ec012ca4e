import { requestLog } from "@/lib/log/request-log";

/**
 * Logs the kind of failure, never its details: database errors can quote what people typed. The
 * line carries the request id when there is a request, so it can be matched to the page a person saw.
 */
export async function logFailure(where: string, error: unknown): Promise<void> {
  const e = error as { name?: string; code?: string };
  const kind = `${e?.name ?? "Error"}${e?.code ? ` ${e.code}` : ""}`;
  (await requestLog()).error({ kind: "failure", where, error: kind }, `[referrals] ${where} failed: ${kind}`);
}
