import "server-only";
import { createHash } from "node:crypto";
import type { Answers } from "./journeys/types";

/** The hidden field on the check page that says which answers the person saw there. */
export const REVISION_FIELD = "answersRevision";

// Keys sorted at every level, so the same answers always give the same text whatever their order.
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  return value;
}

/**
 * A short fingerprint of a draft's answers. The check page sends it with "Send"; if the answers
 * changed since (another tab of the same form), the send is refused and the check page shown
 * again, so what is saved is exactly what the person last saw.
 */
export function answersRevision(answers: Answers): string {
  return createHash("sha256")
    .update(JSON.stringify(canonical(answers)))
    .digest("hex")
    .slice(0, 32);
}
