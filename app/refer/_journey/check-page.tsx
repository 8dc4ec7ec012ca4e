import { notFound, redirect } from "next/navigation";
import { BackLink } from "@/components/journey/back-link";
import { CheckAnswers } from "@/components/journey/check-answers";
import { SubmitForm } from "@/components/journey/submit-form";
import { FormNotice } from "@/components/forms/form-notice";
import { getService } from "@/lib/config";
import { loadDraft, type Draft } from "@/lib/referrals";
import { firstStepPath, previousPath } from "@/lib/referrals/flow";
import { CrisisReminder } from "@/components/crisis/crisis-reminder";
import { isAtRisk } from "@/lib/referrals/journeys/derived";
import { getJourney } from "@/lib/referrals/journeys/registry";
import { summarise } from "@/lib/referrals/summary";
import { sendJourney } from "./actions";
import { draftToken } from "./request";

export async function CheckPage({ area, params }: { area: "refer" | "enquire"; params: Promise<{ journey: string }> }) {
  const { journey: slug } = await params;
  const journey = getJourney(slug, area);
  if (!journey) notFound();
  const { phone, phoneHours } = getService();
  let draft: Draft | null;
  try {
    draft = await loadDraft(await draftToken(), journey);
  } catch {
    return <FormNotice state={{ status: "unavailable", values: {} }} contact={{ phone, phoneHours }} />;
  }
  if (!draft) redirect(firstStepPath(journey));
  const sections = summarise(journey, draft.answers);
  const complete = sections.every((s) => !s.missing);
  return (
    <>
      <BackLink href={previousPath(journey, draft.answers, "check")} />
      {isAtRisk(draft.answers) && <CrisisReminder />}
      <h1 className="nhsuk-heading-l">Check your answers before sending</h1>
      <CheckAnswers sections={sections} />
      {complete ? (
        <>
          <h2 className="nhsuk-heading-m">Now send your {journey.isReferral ? "referral" : "message"}</h2>
          <p>By sending this, you confirm the details are correct to the best of your knowledge.</p>
          <SubmitForm
            idempotencyKey={draft.idempotencyKey}
            action={sendJourney.bind(null, journey.slug)}
            contact={{ phone, phoneHours }}
            buttonText={journey.isReferral ? "Send referral" : "Send message"}
          />
        </>
      ) : (
        <p>Answer the questions marked &quot;Not answered yet&quot; before sending.</p>
      )}
    </>
  );
}
