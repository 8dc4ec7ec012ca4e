import Link from "next/link";
import { notFound } from "next/navigation";
import { ExitThisPage } from "@/components/privacy/exit-this-page";
import { getEnv } from "@/lib/config";
import { getJourney } from "@/lib/referrals/journeys/registry";
import { EXIT_PATH, startAgainPath } from "@/lib/referrals/privacy-paths";

export interface AnswersDeletedPageProps {
  params: Promise<{ journey: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * After a timeout or "Delete my answers". Whether the answers mentioned risk cannot be known
 * once they are deleted, so Get help now is always offered.
 */
export async function AnswersDeletedPage({
  area,
  params,
  searchParams,
}: AnswersDeletedPageProps & { area: "refer" | "enquire" }) {
  const journey = getJourney((await params).journey, area);
  if (!journey) notFound();
  const timedOut = (await searchParams).reason === "timeout";
  return (
    <>
      <ExitThisPage href={EXIT_PATH} />
      <h1 className="nhsuk-heading-l">{timedOut ? "We deleted your answers" : "Your answers have been deleted"}</h1>
      {timedOut ? (
        <p>
          You did not do anything on the form for {getEnv().DRAFT_IDLE_MINUTES} minutes, so we deleted your answers. We
          did not send them to anyone. We do this to protect your privacy, in case someone else uses this device.
        </p>
      ) : (
        <p>We have deleted the answers you gave on this device. We did not send them to anyone.</p>
      )}
      <p>
        <a href={startAgainPath(journey)}>Start the form again</a>
      </p>
      <h2 className="nhsuk-heading-m">If you need help now</h2>
      <p>
        If you or someone else is in danger or cannot keep safe, <Link href="/get-help-now">get help now</Link>.
      </p>
    </>
  );
}
