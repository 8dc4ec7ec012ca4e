import Link from "next/link";
import { CrisisGuidance } from "@/components/crisis/crisis-guidance";
import type { Nation } from "@/lib/content/crisis-lines";
import { telHref } from "@/lib/content/phone";

export interface CannotContinueProps {
  /** Where to change the answer that ended the route. */
  changeHref: string;
  contact: { phone: string; phoneHours: string; nation: Nation };
}

/**
 * The end of a route, reached by a valid answer (the person has not agreed to be referred): it
 * says why and what to do instead, never only an error, and keeps the crisis lines in reach (H11).
 */
export function CannotContinue({ changeHref, contact }: CannotContinueProps) {
  return (
    <>
      <h1 className="nhsuk-heading-l">You cannot send this referral yet</h1>
      <p>
        You told us the person has not agreed to this referral. We can only accept a referral that the person has agreed
        to.
      </p>
      <p>
        For a child under 16 who cannot agree for themselves, a parent or carer with parental responsibility can agree.
      </p>
      <h2 className="nhsuk-heading-m">What you can do</h2>
      <ul>
        <li>
          Talk to the person about the referral first. If they agree, come back and change your answer. We keep what you
          typed for now.
        </li>
        <li>
          Call us on <a href={telHref(contact.phone)}>{contact.phone}</a> ({contact.phoneHours}) to talk it through.
        </li>
      </ul>
      <p>
        <Link href={changeHref}>Change your answer about the person&apos;s agreement</Link>
      </p>
      <CrisisGuidance nation={contact.nation} headingLevel={2} heading="If the person is at risk now" />
    </>
  );
}
