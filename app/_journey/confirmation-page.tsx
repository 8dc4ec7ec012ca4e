import Link from "next/link";
import { crisisAudienceOf } from "@/lib/referrals/flow";
import { notFound, redirect } from "next/navigation";
import { CrisisGuidance } from "@/components/crisis/crisis-guidance";
import { ExitThisPage } from "@/components/privacy/exit-this-page";
import { EXIT_PATH } from "@/lib/referrals/privacy-paths";
import { getService } from "@/lib/config";
import { getJourney } from "@/lib/referrals/journeys/registry";
import { CrisisReminder } from "@/components/crisis/crisis-reminder";
import { whatHappensNext } from "@/lib/referrals/next-steps";
import { finishedReferral } from "./request";
import { YoungPersonOffer } from "@/components/young-person/offer-section";
import { telHref } from "@/lib/content/phone";

export async function ConfirmationPage({
  area,
  params,
}: {
  area: "refer" | "enquire";
  params: Promise<{ journey: string }>;
}) {
  const { journey: slug } = await params;
  const journey = getJourney(slug, area);
  if (!journey) notFound();
  const finished = await finishedReferral(journey.slug);
  if (!finished) redirect(area === "refer" ? "/refer" : "/enquire");
  const { reference } = finished;
  const service = getService();
  const nextSteps = whatHappensNext({ isReferral: journey.isReferral, urgent: finished.urgent }, service, new Date());
  return (
    <>
      <ExitThisPage href={EXIT_PATH} />
      {finished.atRisk && <CrisisReminder audience={crisisAudienceOf(journey)} />}
      <div className="nhsuk-panel nhsuk-panel--confirmation">
        <h1 className="nhsuk-panel__title">{journey.isReferral ? "Referral sent" : "Message sent"}</h1>
        <div className="nhsuk-panel__body">
          Your reference is
          <br />
          <strong data-testid="reference">{reference}</strong>
        </div>
      </div>
      <p>Write this reference down or take a screenshot. Quote it if you contact us.</p>
      {journey.isReferral && (
        <p>
          With the reference and the date of birth, you can <Link href="/check-progress">check how far it has got</Link>
          .
        </p>
      )}
      <h2 className="nhsuk-heading-m">What happens next</h2>
      {nextSteps.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {journey.isReferral && (
        <p>
          If you gave an email address, we have sent a copy of your reference to it. It does not include what you told
          us.
        </p>
      )}
      {journey.isReferral && <YoungPersonOffer journey={journey} reference={reference} />}
      <p>
        If you need to talk to us, call <a href={telHref(service.phone)}>{service.phone}</a> ({service.phoneHours}).
      </p>
      <CrisisGuidance
        nation={service.nation}
        audience={crisisAudienceOf(journey)}
        headingLevel={2}
        heading="If you need help before we contact you"
      />
    </>
  );
}
