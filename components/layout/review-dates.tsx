import { formatDate } from "@/lib/content/dates";

export interface ReviewDatesProps {
  lastReviewed: string;
  nextReviewDue: string;
}

/** Every page says when its words were last checked and when they will be checked again. */
export function ReviewDates({ lastReviewed, nextReviewDue }: ReviewDatesProps) {
  return (
    <div className="nhsuk-review-date app-review-dates">
      <p className="nhsuk-body-s">
        Page last reviewed: <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>
        <br />
        Next review due: <time dateTime={nextReviewDue}>{formatDate(nextReviewDue)}</time>
      </p>
    </div>
  );
}
