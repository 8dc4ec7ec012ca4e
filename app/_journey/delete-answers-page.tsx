import { notFound } from "next/navigation";
import { ExitThisPage } from "@/components/privacy/exit-this-page";
import { firstStepPath } from "@/lib/referrals/flow";
import { getJourney } from "@/lib/referrals/journeys/registry";
import { EXIT_PATH, journeyPathOrNull } from "@/lib/referrals/privacy-paths";
import { deleteAnswers } from "./actions";

export interface DeleteAnswersPageProps {
  params: Promise<{ journey: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** "Are you sure?" before deleting, GOV.UK style: a plain form post, so it works without JavaScript. */
export async function DeleteAnswersPage({
  area,
  params,
  searchParams,
}: DeleteAnswersPageProps & { area: "refer" | "enquire" }) {
  const journey = getJourney((await params).journey, area);
  if (!journey) notFound();
  const from = (await searchParams).from;
  const back = journeyPathOrNull(journey, typeof from === "string" ? from : null) ?? firstStepPath(journey);
  return (
    <>
      <ExitThisPage href={EXIT_PATH} />
      <h1 className="nhsuk-heading-l">Are you sure you want to delete your answers?</h1>
      <p>We will delete everything you have told us on this form. We cannot get your answers back.</p>
      <form action={deleteAnswers.bind(null, journey.slug)}>
        <button type="submit" className="nhsuk-button nhsuk-button--warning">
          Yes, delete my answers
        </button>
      </form>
      <p>
        <a href={back}>No, go back to the form</a>
      </p>
    </>
  );
}
