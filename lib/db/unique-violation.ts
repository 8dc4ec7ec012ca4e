/**
 * Whether an error from a write is a unique-constraint violation: Prisma's P2002, or the
 * driver's own "duplicate key" message when an error reaches us unwrapped. Anything may be
 * thrown in JavaScript, so the error's shape is not assumed. Pure, so that each shape is tested
 * on its own (tests/unit/unique-violation.test.ts); a real Postgres always gives both signs at once.
 */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null | undefined;
  // Stryker disable next-line StringLiteral: equivalent; any text without those words tests the same as ""
  const message = e?.message ?? "";
  return e?.code === "P2002" || /unique constraint|duplicate key/i.test(message);
}
