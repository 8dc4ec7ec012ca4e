import type { ReactNode } from "react";
import { Breadcrumbs, type Crumb } from "./breadcrumbs";
import { ClinicalReviewNotice } from "./clinical-review-notice";
import { ReviewDates } from "./review-dates";

export interface PageShellProps {
  title: string;
  description: string;
  trail: Crumb[];
  lastReviewed: string;
  nextReviewDue: string;
  /** Who signed the page off clinically, or "awaiting review". */
  clinicalReviewer: string;
  /** Facts shown before the body, such as a programme's ages or a course's fee. */
  summary?: ReactNode;
  children: ReactNode;
}

/** One content page: breadcrumbs, the title as the only h1, a lead line, the words, review dates. */
export function PageShell({
  title,
  description,
  trail,
  lastReviewed,
  nextReviewDue,
  clinicalReviewer,
  summary,
  children,
}: PageShellProps) {
  return (
    <>
      <Breadcrumbs trail={trail} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>{title}</h1>
          <p className="nhsuk-lede-text">{description}</p>
          <ClinicalReviewNotice clinicalReviewer={clinicalReviewer} />
          {summary}
          {children}
          <ReviewDates lastReviewed={lastReviewed} nextReviewDue={nextReviewDue} />
        </div>
      </div>
    </>
  );
}
