import { crisisAudienceOf } from "@/lib/referrals/flow";
import { notFound, redirect } from "next/navigation";
import { BackLink } from "@/components/journey/back-link";
import { CannotContinue } from "@/components/journey/cannot-continue";
import { InfoPage } from "@/components/journey/info-page";
import { QuestionForm } from "@/components/journey/question-form";
import { getService } from "@/lib/config";
import { loadDraft } from "@/lib/referrals";
import { journeyAfterMove } from "@/lib/referrals/moved-draft";
import { canShowStep, nextPath, previousPath, stepPath } from "@/lib/referrals/flow";
import { CrisisReminder } from "@/components/crisis/crisis-reminder";
import { ageFrom, isAtRisk } from "@/lib/referrals/journeys/answer-facts";
import { getJourney } from "@/lib/referrals/journeys/registry";
import type { Answers } from "@/lib/referrals/journeys/types";
import { saveStep } from "./actions";
import { draftToken } from "./request";

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
  let answers: Answers = {};
  let current = journey;
  try {
    current = await journeyAfterMove(journey, await draftToken());
    answers = (await loadDraft(await draftToken(), journey))?.answers ?? {};
  } catch {
    // The database is down: the page still shows, and posting it explains the problem and keeps what was typed.
  }
  // Back to the adult form after being moved: the same page of the young person's form, answers and all.
  if (current !== journey) redirect(stepPath(current, step.id));
  const back = (
    <>
      <BackLink href={previousPath(journey, answers, step.id)} />
      {isAtRisk(answers) && step.id !== "risk-help" && <CrisisReminder audience={crisisAudienceOf(journey)} />}
    </>
  );
  if (step.kind === "info") {
    if (!canShowStep(journey, answers, step.id)) redirect(nextPath(journey, answers, step.id));
    if (step.id === "cannot-continue") {
      return (
        <>
          {back}
          <CannotContinue changeHref={stepPath(journey, "consent")} contact={{ phone, phoneHours, nation }} />
        </>
      );
    }
    const age = ageFrom(answers);
    return (
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
      </>
    );
  }
  const returnToCheck = (await searchParams).change === "1";
  return (
    <>
      {back}
      <QuestionForm
        journeySlug={journey.slug}
        stepId={step.id}
        saved={answers[step.id] ?? {}}
        action={saveStep.bind(null, journey.slug, step.id, returnToCheck)}
        contact={{ phone, phoneHours, nation, audience: crisisAudienceOf(journey) }}
      />
    </>
  );
}
