import Link from "next/link";
import { ADULT_AGE } from "@/lib/referrals/journeys/consent-ages";

/**
 * Told plainly, after someone 18 or over chose the young person's form: why they are now in the
 * adult form, and that nothing they typed is lost.
 */
export function MovedToAdult({ age, continueHref }: { age: number | null; continueHref: string }) {
  return (
    <>
      <h1 className="nhsuk-heading-l">We have moved you to the form for adults</h1>
      <p>
        From your date of birth, you are {age}. The form for young people is for people under {ADULT_AGE}, so we have
        moved you to the form for adults.
      </p>
      <p>We have kept your answers. You do not need to type them again.</p>
      <p>
        If your date of birth is wrong, <Link href="/refer/adult/about">change your date of birth</Link>.
      </p>
      <a className="nhsuk-button" href={continueHref}>
        Continue
      </a>
    </>
  );
}
