/** Logs the kind of failure, never its details: database errors can quote what people typed. */
export function logFailure(where: string, error: unknown): void {
  const e = error as { name?: string; code?: string };
  console.error(`[referrals] ${where} failed: ${e?.name ?? "Error"}${e?.code ? ` ${e.code}` : ""}`);
}
