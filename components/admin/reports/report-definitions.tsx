/** What each figure means, so a reader (or a commissioner) can check it from the CSV. */
export function ReportDefinitions({ standardWorkingDays }: { standardWorkingDays: number }) {
  return (
    <section className="report-section" aria-labelledby="definitions">
      <h2 id="definitions">How these are counted</h2>
      <dl className="nhsuk-summary-list">
        {[
          [
            "Referrals",
            "Every referral received in the period, by the day it arrived in UK time, whatever has happened to it since. General questions and training enquiries are not referrals and are not counted.",
          ],
          [
            "Programme",
            "Where staff have placed the person, or the programme the answers suggested if staff have not changed it.",
          ],
          [
            "First staff action",
            "The first status change, note, or change of programme or urgency by a member of staff. Opening or assigning a referral is not an action.",
          ],
          ["Outcome", "The first time the referral was accepted, signposted elsewhere, declined, withdrawn or closed."],
          [
            "Working days",
            "Counted as the inbox counts waiting: each of the team's working days after the day the referral arrived, up to and including the day of the action, skipping weekends and bank holidays. An action on the day it arrived is 0.",
          ],
          [
            "Median and 90th percentile",
            "Of the referrals that have had the action. Half took the median or less; 9 in 10 took the 90th percentile or less. Worked out as a spreadsheet's MEDIAN and PERCENTILE.INC do.",
          ],
          [
            `Within ${standardWorkingDays} working days`,
            `The response standard from the service's settings. The share is of the referrals measured plus those still waiting that are already past the standard; those still waiting within it are not yet known.`,
          ],
          [
            "Who referred",
            "Young people and adults referring themselves; parents or carers; and professionals, told apart as GPs or others by the role they typed (for example GP, school nurse).",
          ],
        ].map(([term, meaning]) => (
          <div className="nhsuk-summary-list__row" key={term}>
            <dt className="nhsuk-summary-list__key">{term}</dt>
            <dd className="nhsuk-summary-list__value">{meaning}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
