import type { MeasureView } from "@/lib/triage/measures";
import { measureTriage } from "@/lib/triage/measures";
import { AnswersList } from "./answers-list";
import { formatDateTime } from "./format";

/**
 * "Standard measures" on the referral page: each measure's total, band, source and every item's
 * answer, scored on the server (lib/measures). A band is a guide for the clinician, not a decision.
 */
export async function MeasureScoresPanel({ referralId }: { referralId: string }) {
  const scores = await measureTriage.forReferral(referralId);
  return (
    <section aria-labelledby="measures-heading">
      <h2 id="measures-heading">Standard measures</h2>
      {scores.length === 0 ? (
        <p>None given. The person chose not to answer them, or the form did not offer them.</p>
      ) : (
        scores.map((score) => <MeasureScore key={score.id} score={score} />)
      )}
    </section>
  );
}

function MeasureScore({ score }: { score: MeasureView }) {
  const total = score.total === null ? "No total" : `${score.total} out of ${score.maxTotal}`;
  return (
    <section aria-label={score.name} className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-s">
          {score.name}: {total}
          {score.band && `, ${score.band}`}
        </h3>
        {score.riskItemPositive && (
          <p>
            <strong className="nhsuk-tag nhsuk-tag--red">Item 9 answered above &quot;Not at all&quot;</strong>
          </p>
        )}
        <AnswersList
          rows={[
            {
              label: "When",
              value: `${score.occasion === "BASELINE" ? "At referral" : "In therapy"}, ${formatDateTime(score.takenAt)}`,
            },
            { label: "Scoring", value: score.status },
            { label: "Source", value: score.source },
            { label: "Licence", value: score.licence },
          ]}
        />
        {score.items.length > 0 && (
          <details className="nhsuk-details">
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">Each answer</span>
            </summary>
            <div className="nhsuk-details__text">
              <AnswersList rows={score.items} />
            </div>
          </details>
        )}
      </div>
    </section>
  );
}
