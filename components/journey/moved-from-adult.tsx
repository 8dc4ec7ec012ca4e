import Link from "next/link";
import { CONSENT_AGE } from "@/lib/referrals/journeys/steps-consent";
import { ADULT_AGE } from "@/lib/referrals/journey-moves";

/**
 * Told plainly, after an under-18 chose the adult form: why they are now in the young person's
 * form, that nothing they typed is lost, and (under 16) what comes next.
 */
export function MovedFromAdult({ age, continueHref }: { age: number | null; continueHref: string }) {
  return (
    <>
      <h1 className="nhsuk-heading-l">We have moved you to the form for young people</h1>
      <p>
        From your date of birth, you are {age}. The form for adults is for people aged {ADULT_AGE} or over, so we have
        moved you to the form for young people.
      </p>
      <p>We have kept your answers. You do not need to type them again.</p>
      {age !== null && age < CONSENT_AGE && (
        <p>Next, we explain what we keep private and ask about your parents or carers.</p>
      )}
      <p>
        If your date of birth is wrong, <Link href="/refer/young-person/about">change your date of birth</Link>.
      </p>
      <a className="nhsuk-button" href={continueHref}>
        Continue
      </a>
    </>
  );
}
