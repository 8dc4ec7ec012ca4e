import "server-only";
import type { Journey } from "./journeys/types";
import { getJourney, getQuestionStep } from "./journeys/registry";
import { afterChangePath, nextPath, stepPath } from "./flow";
import { journeyMoveFor, movedStepInto } from "./journey-moves";
import { journeyAfterMove } from "./moved-draft";
import { fieldErrors, readForm } from "@/lib/forms/read-form";
import { draftIsGone, moveDraft, saveDraftStep, loadDraft } from "./drafts";
import { answersDeletedPath } from "./privacy-paths";
import { logFailure } from "./log-failure";
import { rateLimited, refused, unavailable, unexpectedFields, type Outcome } from "./post-outcome";
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

/** One question page posted: check it against its part of the journey's schema, keep it in the draft, move on. */
export async function submitStep(post: StepPost, deps: SubmissionDeps): Promise<Outcome> {
  const step = getQuestionStep(post.journey, post.stepId);
  if (!step)
    return {
      kind: "state",
      httpStatus: 404,
      state: { status: "refused", message: "This page does not exist.", values: {} },
    };
  const { values, unknown, honeypotFilled } = readForm(step, post.form);
  if (unknown.length) return unexpectedFields();
  if (honeypotFilled)
    return refused("We could not accept this form. If you are a person, please call us instead.", values);
  const parsed = step.schema.safeParse(values);
  if (!parsed.success)
    return { kind: "state", httpStatus: 422, state: { status: "invalid", errors: fieldErrors(parsed.error), values } };
  try {
    if (!(await deps.limiter.consume("form", post.client))) return rateLimited(values);
    // Every page of the adult form is a page of the young person's, so a moved draft takes this one too.
    // A post after the inactivity timeout lands on "We deleted your answers", never a blank first page.
    if (await draftIsGone(post.draftToken, deps.db))
      return { kind: "redirect", to: answersDeletedPath(post.journey, "timeout"), forgetDraft: true };
    const journey = await journeyAfterMove(post.journey, post.draftToken, deps.db);
    const { token } = await saveDraftStep(post.draftToken, journey, step.id, parsed.data, deps.db);
    const draft = await loadDraft(token, journey, deps.db);
    const moveTo = getJourney(journeyMoveFor(journey, draft?.answers ?? {}) ?? "");
    if (moveTo && (await moveDraft(token, journey, moveTo, deps.db))) {
      return { kind: "redirect", to: stepPath(moveTo, movedStepInto(moveTo)), draftToken: token, movedTo: moveTo.slug };
    }
    const to = post.returnToCheck
      ? afterChangePath(journey, draft?.answers ?? {})
      : nextPath(journey, draft?.answers ?? {}, step.id);
    return { kind: "redirect", to, draftToken: token };
  } catch (error) {
    await logFailure(`saving ${post.journey.slug}/${step.id}`, error);
    return unavailable(values);
  }
}
