import "server-only";
import { z } from "zod";
import { formAction, type MovedOn, type Problem, type Refusal } from "@/lib/forms/action";
import { idleState, type FormState } from "@/lib/forms/form-state";
import { IDEMPOTENCY_FIELD } from "@/lib/forms/read-form";
import { checkPath, firstStepPath, programmeFor, stepPath, confirmationPath } from "./flow";
import { draftIsGone, loadDraft } from "./drafts";
import { answersRevision, REVISION_FIELD } from "./draft-revision";
import { answersDeletedPath } from "./privacy-paths";
import { createReferral, type NewReferral } from "./create-referral";
import { holdSubmission } from "./held-submissions";
import { isAtRisk, riskAnswersFrom } from "./journeys/answer-facts";
import type { Journey } from "./journeys/types";
import { logFailure } from "./log-failure";
import { requestLog } from "@/lib/log/request-log";
import { OUT_OF_DATE, readSendPost } from "./post-readers";
import { assessRisk } from "./risk-flags";
import type { SubmissionDeps } from "./submission-deps";

// What a repeated post needs to show the same confirmation: urgency and the risk answers.
const flagSelect = { flagSelfHarmThoughts: true, flagBeingHurt: true } as const;

export interface JourneySubmission {
  journey: Journey;
  form: FormData;
  draftToken: string | undefined;
  client: string;
}

/** What the confirmation page needs to know about a referral just sent. */
export interface SentReferral {
  urgent: boolean;
  /** Any risk answer: the confirmation keeps the crisis lines at the top. */
  atRisk: boolean;
}

/** Where the post leads: the confirmation with its reference, or back into the form. */
export interface SendMove extends MovedOn {
  reference?: string;
  sent?: SentReferral;
  /** The draft is gone (timed out): the browser's cookie for it is cleared. */
  forgetDraft?: boolean;
}

/** The check page's hidden fields, once readSendPost has let the post through. */
const sendSchema = z.object({
  [IDEMPOTENCY_FIELD]: z.string(),
  [REVISION_FIELD]: z.string().optional(),
});

/**
 * The check-your-answers page posted: the server entry point that saves a referral. The
 * draft's answers are checked again against the whole journey's schema; the idempotency key
 * makes a repeat of the same post return the same reference.
 */
export async function submitJourney(post: JourneySubmission, deps: SubmissionDeps): Promise<FormState | SendMove> {
  const action = formAction(sendSchema, (shown) => send(post, shown, deps), readSendPost);
  return action(idleState, post.form);
}

async function send(
  post: JourneySubmission,
  shown: z.infer<typeof sendSchema>,
  deps: SubmissionDeps,
): Promise<SendMove | Refusal | Problem> {
  const key = shown[IDEMPOTENCY_FIELD];
  try {
    const done = await alreadySent(deps, post.journey, key);
    if (done) return done;
    const draft = await loadDraft(post.draftToken, post.journey, deps.db);
    // A second copy of the same post (a double click without JavaScript) may look for the referral
    // just before the first copy saves it and deletes the draft: look again before saying it is gone.
    if (!draft) {
      const savedMeanwhile = await alreadySent(deps, post.journey, key);
      if (savedMeanwhile) return savedMeanwhile;
      if (await draftIsGone(post.draftToken, deps.db))
        return { redirect: answersDeletedPath(post.journey, "timeout"), forgetDraft: true };
      return { redirect: firstStepPath(post.journey) };
    }
    if (draft.idempotencyKey !== key) return { message: OUT_OF_DATE };
    // Saved only as shown: answers changed in another tab since the check page was drawn send the person back to it.
    if (shown[REVISION_FIELD] !== answersRevision(draft.answers))
      return { redirect: `${checkPath(post.journey)}?changed=1` };
    if (Date.now() - draft.createdAt.getTime() < deps.minSeconds * 1000)
      return { message: "That was very quick. Check your answers, then send them again." };
    const parsed = post.journey.schema.safeParse(draft.answers);
    if (!parsed.success) return { redirect: firstProblem(post.journey, parsed.error.issues) };
    const answers = parsed.data;
    const risk = post.journey.isReferral ? assessRisk(riskAnswersFrom(answers)) : null;
    const referral: NewReferral = {
      journey: post.journey,
      answers,
      programme: programmeFor(post.journey, answers)?.id ?? null,
      urgent: risk?.urgent ?? false,
      flags: risk?.flags,
      idempotencyKey: key,
      draftId: draft.id,
    };
    if (!(await deps.limiter.consume("submission", post.client))) {
      // Never a dead end: the answers wait in the held queue for staff, not in the bin.
      await holdSubmission(deps.db, referral, "rate-limited");
      await deps.db.referralDraft.deleteMany({ where: { id: draft.id } });
      return { status: "held" };
    }
    const saved = await createReferral(referral, deps.db, await deps.queue());
    if (saved.created)
      (await requestLog()).info(
        { kind: "received", reference: saved.reference, journey: post.journey.kind, urgent: saved.urgent },
        `[referrals] received ${saved.reference} (${post.journey.kind}${saved.urgent ? ", URGENT" : ""})`,
      );
    const sent = { urgent: saved.urgent, atRisk: isAtRisk(answers) };
    return { redirect: confirmationPath(post.journey), reference: saved.reference, sent };
  } catch (error) {
    await logFailure(`submitting ${post.journey.slug}`, error);
    return { status: "unavailable" };
  }
}

/** The confirmation for the referral this idempotency key already made, if it made one. */
async function alreadySent(deps: SubmissionDeps, journey: Journey, key: string): Promise<SendMove | null> {
  const done = await deps.db.referral.findUnique({
    where: { idempotencyKey: key },
    select: { reference: true, urgent: true, ...flagSelect },
  });
  if (!done) return null;
  return {
    redirect: confirmationPath(journey),
    reference: done.reference,
    sent: { urgent: done.urgent, atRisk: done.urgent || done.flagSelfHarmThoughts || done.flagBeingHurt },
  };
}

function firstProblem(journey: Journey, issues: { path: PropertyKey[] }[]): string {
  // The first issue a page can fix: an issue about the whole form (no path) or an unknown page has none.
  const step = issues.map((i) => journey.steps.find((s) => s.id === i.path[0])).find((s) => s !== undefined);
  return step ? stepPath(journey, step.id) : firstStepPath(journey);
}
