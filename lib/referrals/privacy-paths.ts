import type { Journey } from "./journeys/types";

// The pages and routes that end or wipe a draft (shared devices: H05, H15).

export type DeletedReason = "timeout" | "asked";

/** "We deleted your answers" (timeout) or "Your answers have been deleted" (asked). */
export const answersDeletedPath = (journey: Journey, reason: DeletedReason) =>
  `/${journey.area}/${journey.slug}/answers-deleted?reason=${reason}`;

/** The "Are you sure?" page for Delete my answers; `from` is the page to go back to. */
export const deleteAnswersPath = (journey: Journey, from?: string) =>
  `/${journey.area}/${journey.slug}/delete-answers${from ? `?from=${encodeURIComponent(from)}` : ""}`;

/** Forgets this journey's draft and sent-form cookies, then opens the first question. */
export const startAgainPath = (journey: Journey) => `/${journey.area}/${journey.slug}/start-again`;

/** Deletes every draft on this device and leaves for a neutral site (Exit this page). */
export const EXIT_PATH = "/exit-this-page";

/** A page of this journey to return to, or null: never an address outside it. */
export function journeyPathOrNull(journey: Journey, path: string | undefined | null): string | null {
  if (!path) return null;
  const prefix = `/${journey.area}/${journey.slug}/`;
  return path.startsWith(prefix) && /^(\/[a-z0-9-]+)+$/.test(path) ? path : null;
}
