import { z } from "zod";

// Shared by the registers kept as data (the hazard log, the security findings): each names the
// automated tests that prove what it claims, and a unit test checks that those tests exist.

/** Prose of at least a few characters, trimmed. */
export const text = z.string().trim().min(3);

/** A test, by its file (from the repository root) and its title (or a literal part of it). */
export const testReferenceSchema = z
  .object({ file: z.string().regex(/^tests\/(unit|integration|e2e)\/.+\.(test|spec)\.ts$/), title: text })
  .strict();

export type TestReference = z.infer<typeof testReferenceSchema>;
