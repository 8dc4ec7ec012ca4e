import "server-only";
import { z } from "zod";
import { formAction, type MovedOn, type Problem } from "@/lib/forms/action";
import { idleState, type FormState, type FormValues } from "@/lib/forms/form-state";
import { SAVE_FOR_LATER_FIELD } from "@/lib/forms/read-form";
import type { Journey, QuestionStep } from "./journeys/types";
import { getJourney, getQuestionStep } from "./journeys/registry";
import { afterChangePath, nextPath, stepPath } from "./flow";
import { journeyMoveFor, movedStepInto } from "./journey-moves";
import { journeyAfterMove } from "./moved-draft";
import { draftIsGone, keepTypedPage, moveDraft, saveDraftStep, loadDraft } from "./drafts";
import { answersDeletedPath } from "./privacy-paths";
import { logFailure } from "./log-failure";
import { readStepPost } from "./post-readers";
import { saveForLaterPath } from "./save-for-later-form";
import type { SubmissionDeps } from "./submission-deps";

export interface StepPost {
  journey: Journey;
  stepId: string;
  form: FormData;
  draftToken: string | undefined;
  client: string;
  /** Came from a Change link on the check page: go back there afterwards. */
  returnToCheck: boolean;
}

/** A page saved: where to go next, and what the browser's draft cookies must learn. */
export interface StepMove extends MovedOn {
  draftToken?: string;
  /** The draft moved to this journey (adult to young person): its cookie takes the token too. */
  movedTo?: string;
  /** The draft is gone (timed out): the browser's cookie for it is cleared. */
  forgetDraft?: boolean;
}

/**
 * One question page posted: `formAction` reads it as the page's fields and checks it against the
 * page's part of the journey's schema; then the answers are kept in the draft and the person moves on.
 */
export async function submitStep(post: StepPost, deps: SubmissionDeps): Promise<FormState | StepMove> {
  const step = getQuestionStep(post.journey, post.stepId);
  if (!step) return { status: "refused", message: "This page does not exist.", values: {} };
  const action = post.form.has(SAVE_FOR_LATER_FIELD)
    ? formAction(asTyped, (typed) => keepTyped(post, step, typed, deps), readStepPost(step))
    : formAction(step.schema, (answers) => saveAnswers(post, step, answers, deps), readStepPost(step));
  return action(idleState, post.form);
}

// "Save and come back later" keeps a page as typed, whatever it holds: nothing is checked but the
// post itself (the page's own fields, no honeypot). Postgres cannot store a NUL character, so none is kept.
const withoutNul = (value: unknown): unknown => {
  if (typeof value === "string") return value.replaceAll("\u0000", "");
  if (Array.isArray(value)) return value.map(withoutNul);
  // Stryker disable next-line ConditionalExpression: a form post holds only strings, lists and date parts, so nothing else reaches here
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNul(v)]));
  return value;
};
const asTyped = z
  .looseObject({})
  .transform((values): FormValues => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, withoutNul(v)])));

function keepTyped(post: StepPost, step: QuestionStep, values: FormValues, deps: SubmissionDeps) {
  return onLiveDraft(post, deps, `keeping ${post.journey.slug}/${step.id} as typed`, async (journey) => {
    const { token } = await keepTypedPage(post.draftToken, journey, { step: step.id, values }, deps.db);
    return { redirect: saveForLaterPath(journey, stepPath(journey, step.id)), draftToken: token };
  });
}

function saveAnswers(post: StepPost, step: QuestionStep, answers: Record<string, unknown>, deps: SubmissionDeps) {
  return onLiveDraft(post, deps, `saving ${post.journey.slug}/${step.id}`, async (journey) => {
    const { token } = await saveDraftStep(post.draftToken, journey, step.id, answers, deps.db);
    const draft = await loadDraft(token, journey, deps.db);
    // Stryker disable next-line StringLiteral: any other fallback is equally no journey's slug, so getJourney still answers null
    const moveTo = getJourney(journeyMoveFor(journey, draft?.answers ?? {}) ?? "");
    if (moveTo && (await moveDraft(token, journey, moveTo, deps.db))) {
      return { redirect: stepPath(moveTo, movedStepInto(moveTo)), draftToken: token, movedTo: moveTo.slug };
    }
    const to = post.returnToCheck
      ? afterChangePath(journey, draft?.answers ?? {})
      : nextPath(journey, draft?.answers ?? {}, step.id);
    return { redirect: to, draftToken: token };
  });
}

/**
 * What every question-page post does around its write: the hourly page limit, the timed-out draft,
 * and the journey a moved draft now belongs to; a failure is logged by page, never with the answer.
 */
async function onLiveDraft(
  post: StepPost,
  deps: SubmissionDeps,
  failure: string,
  write: (journey: Journey) => Promise<StepMove>,
): Promise<StepMove | Problem> {
  try {
    if (!(await deps.limiter.consume("form", post.client))) return { status: "rate-limited" };
    // Every page of the adult form is a page of the young person's, so a moved draft takes this one too.
    // A post after the inactivity timeout lands on "We deleted your answers", never a blank first page.
    if (await draftIsGone(post.draftToken, deps.db))
      return { redirect: answersDeletedPath(post.journey, "timeout"), forgetDraft: true };
    return await write(await journeyAfterMove(post.journey, post.draftToken, deps.db));
  } catch (error) {
    await logFailure(failure, error);
    return { status: "unavailable" };
  }
}
