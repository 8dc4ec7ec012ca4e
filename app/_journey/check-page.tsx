import { crisisAudienceOf } from "@/lib/referrals/flow";
import { notFound, redirect } from "next/navigation";
import { BackLink } from "@/components/journey/back-link";
import { CheckAnswers } from "@/components/journey/check-answers";
import { ProblemNotice } from "@/components/forms/problem-notice";
import { ServerForm } from "@/components/forms/server-form";
import { IDEMPOTENCY_FIELD } from "@/lib/forms/read-form";
import { getService } from "@/lib/config";
import { loadDraft, type Draft } from "@/lib/referrals";
import { endOfRoute, firstStepPath, previousPath } from "@/lib/referrals/flow";
import { CrisisReminder } from "@/components/crisis/crisis-reminder";
import { isAtRisk } from "@/lib/referrals/journeys/answer-facts";
import { getJourney } from "@/lib/referrals/journeys/registry";
import { summarise } from "@/lib/referrals/summary";
import { sendJourney } from "./actions";
import { draftToken } from "./request";

export async function CheckPage({ area, params }: { area: "refer" | "enquire"; params: Promise<{ journey: string }> }) {
  const { journey: slug } = await params;
  const journey = getJourney(slug, area);
  if (!journey) notFound();
  const { phone, phoneHours, nation } = getService();
  let draft: Draft | null;
  try {
    draft = await loadDraft(await draftToken(), journey);
  } catch {
    return (
      <ProblemNotice
        state={{ status: "unavailable", values: {} }}
        contact={{ phone, phoneHours, nation, audience: crisisAudienceOf(journey) }}
      />
    );
  }
  if (!draft) redirect(firstStepPath(journey));
  const end = endOfRoute(journey, draft.answers);
  if (end) redirect(end);
  const sections = summarise(journey, draft.answers);
  const complete = sections.every((s) => !s.missing);
  return (
    <>
      <BackLink href={previousPath(journey, draft.answers, "check")} />
      {isAtRisk(draft.answers) && <CrisisReminder audience={crisisAudienceOf(journey)} />}
      <h1 className="nhsuk-heading-l">Check your answers before sending</h1>
      <CheckAnswers sections={sections} />
      {complete ? (
        <>
          <h2 className="nhsuk-heading-m">Now send your {journey.isReferral ? "referral" : "message"}</h2>
          <p>By sending this, you confirm the details are correct to the best of your knowledge.</p>
          <ServerForm
            action={sendJourney.bind(null, journey.slug)}
            fields={[]}
            // One key per form: a double click, a refresh or a retry of this post makes one referral.
            hidden={{ [IDEMPOTENCY_FIELD]: draft.idempotencyKey }}
            contact={{ phone, phoneHours, nation, audience: crisisAudienceOf(journey) }}
            honeypot
            submitLabel={journey.isReferral ? "Send referral" : "Send message"}
          />
        </>
      ) : (
        <p>Answer the questions marked &quot;Not answered yet&quot; before sending.</p>
      )}
    </>
  );
}
