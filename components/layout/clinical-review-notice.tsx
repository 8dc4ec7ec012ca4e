import { awaitingReview } from "@/lib/content/frontmatter";

/** Tells readers when a clinician has not yet signed the page off (hazard H09). */
export function ClinicalReviewNotice({ clinicalReviewer }: { clinicalReviewer: string }) {
  if (clinicalReviewer !== awaitingReview) return null;
  return (
    <div className="nhsuk-inset-text" data-testid="clinical-review-pending">
      <p>Clinical review pending: a clinician has not yet checked this page.</p>
    </div>
  );
}
