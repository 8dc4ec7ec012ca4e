export interface ReferralLinkProps {
  /** Link text; the default suits most pages. */
  children?: string;
  /** "/enquire" for a question rather than a referral. */
  href?: "/refer" | "/enquire";
}

/** The NHS action link to the start of a referral (or a question). */
export function ReferralLink({ children = "Make a referral", href = "/refer" }: ReferralLinkProps) {
  return (
    <p>
      <a className="nhsuk-action-link" href={href}>
        <svg
          className="nhsuk-icon nhsuk-icon--arrow-right-circle"
          xmlns="http://www.w3.org/2000/svg"
          viewBox="0 0 24 24"
          width="36"
          height="36"
          focusable="false"
          aria-hidden="true"
        >
          <path d="M12 2a10 10 0 0 0-10 9h11.7l-4-4a1 1 0 0 1 1.5-1.4l5.6 5.7a1 1 0 0 1 0 1.4l-5.6 5.7a1 1 0 0 1-1.5 0 1 1 0 0 1 0-1.4l4-4H2A10 10 0 1 0 12 2z" />
        </svg>
        <span className="nhsuk-action-link__text">{children}</span>
      </a>
    </p>
  );
}
