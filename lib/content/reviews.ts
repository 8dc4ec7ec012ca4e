import type { ContentEntry } from "./load";

/** Pages whose next review date has passed, as one line each for the build log. */
export function overdueReviews(entries: Pick<ContentEntry, "file" | "meta">[], today: string): string[] {
  return entries
    .filter((entry) => entry.meta.nextReviewDue < today)
    .map((entry) => `${entry.file}: review was due on ${entry.meta.nextReviewDue}; check the words and update lastReviewed and nextReviewDue`);
}
