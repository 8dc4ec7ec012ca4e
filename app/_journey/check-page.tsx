import { crisisAudienceOf } from "@/lib/referrals/flow";
import { notFound, redirect } from "next/navigation";
import { BackLink } from "@/components/journey/back-link";
import { CheckAnswers } from "@/components/journey/check-answers";
import { ProblemNotice } from "@/components/forms/problem-notice";
import { ServerForm } from "@/components/forms/server-form";
import { IDEMPOTENCY_FIELD } from "@/lib/forms/read-form";
import { getService } from "@/lib/config";
import { draftIsGone, loadDraft, type Draft } from "@/lib/referrals";
import { answersRevision, REVISION_FIELD } from "@/lib/referrals/draft-revision";
import { answersDeletedPath } from "@/lib/referrals/privacy-paths";
import { endOfRoute, firstStepPath, previousPath } from "@/lib/referrals/flow";
import { CrisisReminder } from "@/components/crisis/crisis-reminder";
import { isAtRisk } from "@/lib/referrals/journeys/answer-facts";
import { getJourney } from "@/lib/referrals/journeys/registry";
import { summarise } from "@/lib/referrals/summary";
import { isOutOfDate } from "@/lib/forms/out-of-date";
import { sendJourney } from "./actions";
import { draftToken } from "./request";
import { PrivacyFrame, sentAlready } from "./privacy-frame";

export async function CheckPage({
  area,
  params,
  searchParams,
}: {
  area: "refer" | "enquire";
  params: Promise<{ journey: string }>;
  searchParams?: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { journey: slug } = await params;
  const query = await searchParams;
  const changed = query?.changed === "1";
  const journey = getJourney(slug, area);
  if (!journey) notFound();
  const { phone, phoneHours, nation } = getService();
  let draft: Draft | null;
  let gone = false;
  try {
    const token = await draftToken(journey);
    draft = await loadDraft(token, journey);
    if (!draft) gone = await draftIsGone(token);
  } catch {
    return (
      <ProblemNotice
        state={{ status: "unavailable", values: {} }}
        contact={{ phone, phoneHours, nation, audience: crisisAudienceOf(journey) }}
      />
    );
  }
  if (!draft) {
    const sent = await sentAlready(journey);
    if (sent) return sent;
    redirect(gone ? answersDeletedPath(journey, "timeout") : firstStepPath(journey));
  }
  const end = endOfRoute(journey, draft.answers);
  if (end) redirect(end);
  const sections = summarise(journey, draft.answers);
  const complete = sections.every((s) => !s.missing);
  return (
    <PrivacyFrame journey={journey} draft={draft} here={`/${journey.area}/${journey.slug}/check`}>
      <BackLink href={previousPath(journey, draft.answers, "check")} />
      {isAtRisk(draft.answers) && <CrisisReminder audience={crisisAudienceOf(journey)} />}
      {changed && <AnswersChangedNotice />}
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
            // And the answers shown here: if another tab changes them, the send is refused and this page shown again.
            hidden={{ [IDEMPOTENCY_FIELD]: draft.idempotencyKey, [REVISION_FIELD]: answersRevision(draft.answers) }}
            contact={{ phone, phoneHours, nation, audience: crisisAudienceOf(journey) }}
            initialState={isOutOfDate(query) ? { status: "out-of-date", values: {} } : undefined}
            honeypot
            submitLabel={journey.isReferral ? "Send referral" : "Send message"}
          />
        </>
      ) : (
        <p>Answer the questions marked &quot;Not answered yet&quot; before sending.</p>
      )}
    </PrivacyFrame>
  );
}

/** Shown when Send was refused because the answers changed after this page was drawn. */
function AnswersChangedNotice() {
  return (
    <div className="nhsuk-warning-callout" role="alert">
      <h2 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>Your answers changed
        </span>
      </h2>
      <p>
        Your answers changed in another tab or window, so we have not sent them. Check the answers below. They are what
        we will send.
      </p>
    </div>
  );
}
