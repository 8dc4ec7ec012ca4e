import type { CrisisAudience } from "@/lib/content/crisis-lines";
import { CrisisGuidance } from "@/components/crisis/crisis-guidance";
import { getService } from "@/lib/config";
import type { Programme } from "@/lib/config";
import { ageRange } from "@/lib/content/programmes";
import type { InfoStepId } from "@/lib/referrals/journeys/types";
import { MovedFromAdult } from "./moved-from-adult";
import { MovedToAdult } from "./moved-to-adult";
import { AgreementNeeded } from "./agreement-needed";
import { OwnAgreementNeeded } from "./own-agreement-needed";
import { MeasureHelp } from "./measure-help";

export interface InfoPageProps {
  /** A young person sees Childline and Shout first. */
  audience?: CrisisAudience;
  kind: Exclude<InfoStepId, "cannot-continue">;
  continueHref: string;
  age: number | null;
  programmes: Programme[];
  /** "you are" for people referring themselves, "the person is" otherwise. */
  subjectIs: string;
}

/** Guidance between questions: crisis help after "yes, at risk now"; other routes when no programme fits the age. */
export function InfoPage({ kind, continueHref, age, programmes, subjectIs, audience }: InfoPageProps) {
  if (kind === "risk-help") {
    return (
      <>
        <h1 className="nhsuk-heading-l">Get help now</h1>
        <p>
          Thank you for telling us. If you or someone else might be harmed, please get help now. You do not need to
          finish this form first.
        </p>
        <CrisisGuidance
          nation={getService().nation}
          audience={audience}
          headingLevel={2}
          heading="Who to contact now"
        />
        <p>
          You can still send this form, and we will treat it as urgent. But we cannot reply straight away, so please use
          the services above now.
        </p>
        <a className="nhsuk-button" href={continueHref}>
          Continue with the form
        </a>
      </>
    );
  }
  if (kind === "moved-from-adult") return <MovedFromAdult age={age} continueHref={continueHref} />;
  if (kind === "moved-from-young-person") return <MovedToAdult age={age} continueHref={continueHref} />;
  if (kind === "agreement-needed") return <AgreementNeeded />;
  if (kind === "own-agreement-needed") return <OwnAgreementNeeded />;
  if (kind === "measure-help") return <MeasureHelp audience={audience} continueHref={continueHref} />;
  return (
    <>
      <h1 className="nhsuk-heading-l">We may not be the right service</h1>
      <p>
        From the date of birth, {subjectIs} {age} years old. Our programmes are for:
      </p>
      <ul>
        {programmes.map((p) => (
          <li key={p.id}>
            {p.name}: ages {ageRange(p)}
          </li>
        ))}
      </ul>
      <h2 className="nhsuk-heading-m">Other places to get help</h2>
      <ul>
        <li>
          A GP can talk through the options and refer to local services, including children&apos;s mental health
          services (CAMHS).
        </li>
        <li>
          NHS Talking Therapies take self-referrals from adults: search &quot;NHS Talking Therapies&quot; and your area.
        </li>
        <li>For urgent help, call NHS 111 and choose the mental health option.</li>
      </ul>
      <p>You can still send the form. We will read it and help find the right service.</p>
      <a className="nhsuk-button" href={continueHref}>
        Continue with the form
      </a>
    </>
  );
}
