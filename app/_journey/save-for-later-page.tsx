import { notFound } from "next/navigation";
import { ServerForm } from "@/components/forms/server-form";
import { ExitThisPage } from "@/components/privacy/exit-this-page";
import { crisisAudienceOf, firstStepPath } from "@/lib/referrals/flow";
import { getService } from "@/lib/config";
import { loadDraft, type Draft } from "@/lib/referrals";
import { getJourney } from "@/lib/referrals/journeys/registry";
import { EXIT_PATH, journeyPathOrNull } from "@/lib/referrals/privacy-paths";
import { RETURN_LINK_DAYS } from "@/lib/referrals/return-link";
import { resumePath } from "@/lib/referrals/resume-path";
import { addressGiven, saveForLaterFields } from "@/lib/referrals/save-for-later-form";
import { draftToken } from "./request";
import { sendReturnLink } from "./save-for-later-action";

export interface SaveForLaterPageProps {
  params: Promise<{ journey: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const day = (d: Date) => d.toLocaleDateString("en-GB", { timeZone: "Europe/London", dateStyle: "long" });

/** "Save and come back later": the warnings about shared devices and inboxes, then one question. */
export async function SaveForLaterPage({ params, searchParams }: SaveForLaterPageProps) {
  const journey = getJourney((await params).journey, "refer");
  if (!journey) notFound();
  const query = await searchParams;
  const from = typeof query.from === "string" ? query.from : null;
  const back = journeyPathOrNull(journey, from) ?? firstStepPath(journey);
  const { phone, phoneHours, nation } = getService();
  let draft: Draft | null = null;
  try {
    draft = await loadDraft(await draftToken(journey), journey);
  } catch {
    // The database is down: the form below explains that when posted, and keeps what was typed.
  }
  if (query.sent && draft) {
    return (
      <>
        <ExitThisPage href={EXIT_PATH} />
        <h1 className="nhsuk-heading-l">Check your email</h1>
        <p>We have sent you a link to carry on with your form. It can take a few minutes to arrive.</p>
        <p>
          The link works once, until {day(draft.expiresAt)}. We keep your answers until then. After that we delete them.
        </p>
        <p>If you are on a shared device, close all browser windows when you finish.</p>
        <p>
          <a href={resumePath(journey, draft.answers, draft.typedPage?.step)}>Carry on with the form now</a>
        </p>
      </>
    );
  }
  return (
    <>
      <ExitThisPage href={EXIT_PATH} />
      <h1 className="nhsuk-heading-l">Save your answers and come back later</h1>
      {draft ? (
        <>
          <p>
            We will email you a link. It opens your answers on any device, once. We keep your answers for{" "}
            {RETURN_LINK_DAYS} days, then delete them.
          </p>
          <p>We have saved every page you answered, and what you typed on the page you were on.</p>
          <div className="nhsuk-warning-callout">
            <h2 className="nhsuk-warning-callout__label">
              <span role="text">
                <span className="nhsuk-u-visually-hidden">Important: </span>Keep your answers private
              </span>
            </h2>
            <p>Anyone who can open the email can see your answers with the link.</p>
            <ul>
              <li>Do not use an email address that other people can read, such as a shared family inbox.</li>
              <li>If you are on a shared device, close all browser windows when you finish.</li>
            </ul>
          </div>
          <ServerForm
            action={sendReturnLink.bind(null, journey.slug)}
            fields={saveForLaterFields}
            initialValues={{ email: addressGiven(draft.answers) }}
            contact={{ phone, phoneHours, nation, audience: crisisAudienceOf(journey) }}
            submitLabel="Send me a link"
          />
        </>
      ) : (
        <p>There is nothing to save yet. Answer at least one question first.</p>
      )}
      <p>
        <a href={back}>Go back to the form</a>
      </p>
    </>
  );
}
