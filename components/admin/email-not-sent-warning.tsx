/** On the referral page while the team's email about it is overdue: staff must not wait for it. */
export function EmailNotSentWarning() {
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          Email to team not sent
        </span>
      </h2>
      <p>
        The email telling the team about this referral has still not been sent. The service keeps trying, but do not
        wait for it: triage this referral from here.
      </p>
      <p>If you see this on several referrals, tell whoever looks after the service&apos;s email.</p>
    </div>
  );
}
