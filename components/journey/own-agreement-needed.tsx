import Link from "next/link";
import { CrisisGuidance } from "@/components/crisis/crisis-guidance";
import { getService } from "@/lib/config";
import { AGREEMENT_NEEDED_AGE } from "@/lib/referrals/journeys/consent-ages";
import { telHref } from "@/lib/content/phone";

/**
 * The end of a professional's route when only a parent or carer has agreed for a 16 or 17 year
 * old: at that age the young person's own agreement is needed (presumed capacity). Says why and
 * what to do instead, never only an error; the answers are kept (H11).
 */
export function OwnAgreementNeeded() {
  const { phone, phoneHours, nation } = getService();
  return (
    <>
      <h1 className="nhsuk-heading-l">You cannot send this referral yet</h1>
      <p>
        You told us that only the young person&apos;s parent or carer has agreed to this referral. At{" "}
        {AGREEMENT_NEEDED_AGE} or 17, young people make their own decisions about their care, so we can only accept a
        referral that they have agreed to themselves.
      </p>
      <h2 className="nhsuk-heading-m">What you can do</h2>
      <ul>
        <li>
          Talk with the young person about the referral. If they agree, come back and change your answer. We keep what
          you typed for now.
        </li>
        <li>
          The young person can refer themselves, on <Link href="/refer">our referral page</Link> or by calling us.
        </li>
        <li>
          Call us on <a href={telHref(phone)}>{phone}</a> ({phoneHours}) to talk it through.
        </li>
      </ul>
      <p>
        <Link href="/refer/professional/who-agreed">Change your answer about who agreed</Link>
      </p>
      <CrisisGuidance nation={nation} headingLevel={2} heading="If the young person is at risk now" />
    </>
  );
}
