import type { ContentEntry } from "./load";

/** Pages whose next review date has passed, as one line each for the build log. */
export function overdueReviews(entries: Pick<ContentEntry, "file" | "meta">[], today: string): string[] {
  return entries
    .filter((entry) => entry.meta.nextReviewDue < today)
    .map(
      (entry) =>
        `${entry.file}: review was due on ${entry.meta.nextReviewDue}; check the words and update lastReviewed and nextReviewDue`,
    );
}

/** Pages no clinician has signed off yet, one line each for the build log (readers see a notice too). */
export function pagesAwaitingClinicalReview(entries: Pick<ContentEntry, "file" | "meta">[]): string[] {
  return entries
    .filter((entry) => entry.meta.clinicalReviewer === "awaiting review")
    .map(
      (entry) =>
        `${entry.file}: awaiting clinical review; set clinicalReviewer once a clinician has checked it against its sources`,
    );
}
