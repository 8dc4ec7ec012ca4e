/**
 * Whether a write failed because the row it updates no longer exists (Prisma's P2025), say a
 * referral erased while its email was being sent: trying again cannot help. Only this one code:
 * a database that is away or recovering shows as many other codes (P1001, and P2xxx codes for
 * errors such as "not yet accepting connections"), and those must be retried. Pure, so each shape
 * is tested on its own.
 */
export function isRowGone(error: unknown): boolean {
  return (error as { code?: unknown } | null | undefined)?.code === "P2025";
}
