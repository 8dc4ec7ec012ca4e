import Link from "next/link";
import { CrisisGuidance } from "@/components/crisis/crisis-guidance";
import { getService } from "@/lib/config";
import { AGREEMENT_NEEDED_AGE } from "@/lib/referrals/journeys/consent-ages";
import { telHref } from "@/lib/content/phone";

/**
 * The end of a parent's route when their 16 or 17 year old has not agreed (or the parent is not
 * sure): why, and what to do instead, never only an error. Answers are kept (H11).
 */
export function AgreementNeeded() {
  const { phone, phoneHours, nation } = getService();
  return (
    <>
      <h1 className="nhsuk-heading-l">You cannot send this referral yet</h1>
      <p>
        Thank you for looking for help for your child. At {AGREEMENT_NEEDED_AGE} or 17, young people make their own
        decisions about their care. So we can only accept a referral for them if they agree to it.
      </p>
      <h2 className="nhsuk-heading-m">What you can do</h2>
      <ul>
        <li>
          Talk with your child about it. You could show them this form, or what we offer. If they agree, come back and
          change your answer. We keep what you typed for now.
        </li>
        <li>
          Your child can refer themselves, on <Link href="/refer">our referral page</Link> or by calling us.
        </li>
        <li>
          Call us on <a href={telHref(phone)}>{phone}</a> ({phoneHours}) to talk it through. You do not need to give
          your child&apos;s name.
        </li>
      </ul>
      <p>
        <Link href="/refer/parent-carer/agreement">Change your answer about your child&apos;s agreement</Link>
      </p>
      <CrisisGuidance nation={nation} headingLevel={2} heading="If your child is at risk now" />
    </>
  );
}
