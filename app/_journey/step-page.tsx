import { crisisAudienceOf } from "@/lib/referrals/flow";
import { notFound, redirect } from "next/navigation";
import { BackLink } from "@/components/journey/back-link";
import { CannotContinue } from "@/components/journey/cannot-continue";
import { InfoPage } from "@/components/journey/info-page";
import { QuestionForm } from "@/components/journey/question-form";
import { getService } from "@/lib/config";
import { draftIsGone, loadDraft, type Draft } from "@/lib/referrals";
import { IdleNotice } from "@/components/journey/journey-privacy";
import { getEnv } from "@/lib/config";
import { answersDeletedPath } from "@/lib/referrals/privacy-paths";
import { journeyAfterMove } from "@/lib/referrals/moved-draft";
import { canShowStep, nextPath, previousPath, stepPath } from "@/lib/referrals/flow";
import { CrisisReminder } from "@/components/crisis/crisis-reminder";
import { ageFrom, isAtRisk } from "@/lib/referrals/journeys/answer-facts";
import { getJourney } from "@/lib/referrals/journeys/registry";
import type { Answers } from "@/lib/referrals/journeys/types";
import { isOutOfDate } from "@/lib/forms/out-of-date";
import { saveStep } from "./actions";
import { draftToken } from "./request";
import { PrivacyFrame, sentAlready } from "./privacy-frame";

export interface StepPageProps {
  params: Promise<{ journey: string; step: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function StepPage({ area, params, searchParams }: StepPageProps & { area: "refer" | "enquire" }) {
  const { journey: slug, step: stepId } = await params;
  const journey = getJourney(slug, area);
  const step = journey?.steps.find((s) => s.id === stepId);
  if (!journey || !step) notFound();
  const { phone, phoneHours, nation, programmes } = getService();
  let draft: Draft | null = null;
  let current = journey;
  let gone = false;
  const token = await draftToken(journey);
  try {
    current = await journeyAfterMove(journey, token);
    draft = await loadDraft(token, journey);
    if (!draft) gone = await draftIsGone(token);
  } catch {
    // The database is down: the page still shows, and posting it explains the problem and keeps what was typed.
  }
  const answers: Answers = draft?.answers ?? {};
  // Back to the adult form after being moved: the same page of the young person's form, answers and all.
  if (current !== journey) redirect(stepPath(current, step.id));
  if (!draft) {
    // Back after sending: the reference, not a blank first question (H05).
    const sent = await sentAlready(journey);
    if (sent) return sent;
    // The timeout passed (H15): say so, rather than show the form empty.
    if (gone) redirect(answersDeletedPath(journey, "timeout"));
  }
  // A question page of a referral form saves for later with a button of its own form (what was typed is kept).
  const saveInForm = step.kind === "question" && journey.area === "refer";
  const frame = (page: React.ReactNode) => (
    <PrivacyFrame journey={journey} draft={draft} here={stepPath(journey, step.id)} saveInForm={saveInForm}>
      {page}
    </PrivacyFrame>
  );
  const back = (
    <>
      <BackLink href={previousPath(journey, answers, step.id)} />
      {isAtRisk(answers) && step.id !== "risk-help" && step.id !== "measure-help" && (
        <CrisisReminder audience={crisisAudienceOf(journey)} />
      )}
    </>
  );
  if (step.kind === "info") {
    if (!canShowStep(journey, answers, step.id)) redirect(nextPath(journey, answers, step.id));
    if (step.id === "cannot-continue") {
      return frame(
        <>
          {back}
          <CannotContinue changeHref={stepPath(journey, "consent")} contact={{ phone, phoneHours, nation }} />
        </>,
      );
    }
    const age = ageFrom(answers);
    return frame(
      <>
        {back}
        <InfoPage
          audience={crisisAudienceOf(journey)}
          kind={step.id}
          continueHref={nextPath(journey, answers, step.id)}
          age={age}
          programmes={programmes.filter((p) => p.offered)}
          subjectIs={
            journey.kind === "YOUNG_PERSON_SELF" || journey.kind === "ADULT_SELF" ? "you are" : "the person is"
          }
        />
      </>,
    );
  }
  const query = await searchParams;
  const returnToCheck = query.change === "1";
  return frame(
    <>
      {back}
      {step.id === journey.steps[0]!.id && <IdleNotice idleMinutes={getEnv().DRAFT_IDLE_MINUTES} />}
      <QuestionForm
        journeySlug={journey.slug}
        stepId={step.id}
        saved={draft?.typedPage?.step === step.id ? draft.typedPage.values : (answers[step.id] ?? {})}
        canSaveForLater={saveInForm}
        action={saveStep.bind(null, journey.slug, step.id, returnToCheck)}
        contact={{ phone, phoneHours, nation, audience: crisisAudienceOf(journey) }}
        outOfDate={isOutOfDate(query)}
      />
    </>,
  );
}
