import "server-only";
import { checkPath, firstStepPath, programmeFor, stepPath, confirmationPath } from "./flow";
import { IDEMPOTENCY_FIELD, HONEYPOT_FIELD } from "@/lib/forms/read-form";
import { draftIsGone, loadDraft } from "./drafts";
import { answersRevision, REVISION_FIELD } from "./draft-revision";
import { answersDeletedPath } from "./privacy-paths";
import { createReferral, type NewReferral } from "./create-referral";
import { holdSubmission } from "./held-submissions";
import { isAtRisk, riskAnswersFrom } from "./journeys/answer-facts";
import type { Journey } from "./journeys/types";
import { logFailure } from "./log-failure";
import { requestLog } from "@/lib/log/request-log";
import { held, refused, unavailable, unexpectedFields, type Outcome } from "./post-outcome";
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

const KEY_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The check-your-answers page posted: the server entry point that saves a referral. The
 * draft's answers are checked again against the whole journey's schema; the idempotency key
 * makes a repeat of the same post return the same reference.
 */
export async function submitJourney(post: JourneySubmission, deps: SubmissionDeps): Promise<Outcome> {
  const keys = [...new Set(post.form.keys())].filter((k) => !k.startsWith("$ACTION"));
  if (keys.some((k) => k !== IDEMPOTENCY_FIELD && k !== HONEYPOT_FIELD && k !== REVISION_FIELD))
    return unexpectedFields();
  const key = post.form.get(IDEMPOTENCY_FIELD);
  if (typeof key !== "string" || !KEY_PATTERN.test(key))
    return refused("This form is out of date. Check your answers and send them again.");
  const honeypot = post.form.get(HONEYPOT_FIELD);
  if (typeof honeypot === "string" && honeypot.trim())
    return refused("We could not accept this form. If you are a person, please call us instead.");
  try {
    const done = await alreadySent(deps, post.journey, key);
    if (done) return done;
    const draft = await loadDraft(post.draftToken, post.journey, deps.db);
    // A second copy of the same post (a double click without JavaScript) may look for the referral
    // just before the first copy saves it and deletes the draft: look again before saying it is gone.
    if (!draft) {
      const savedMeanwhile = await alreadySent(deps, post.journey, key);
      if (savedMeanwhile) return savedMeanwhile;
    }
    if (!draft && (await draftIsGone(post.draftToken, deps.db)))
      return { kind: "redirect", to: answersDeletedPath(post.journey, "timeout"), forgetDraft: true };
    if (!draft) return { kind: "redirect", to: firstStepPath(post.journey) };
    if (draft.idempotencyKey !== key)
      return refused("This form is out of date. Check your answers and send them again.");
    // Saved only as shown: answers changed in another tab since the check page was drawn send the person back to it.
    if (post.form.get(REVISION_FIELD) !== answersRevision(draft.answers))
      return { kind: "redirect", to: `${checkPath(post.journey)}?changed=1` };
    if (Date.now() - draft.createdAt.getTime() < deps.minSeconds * 1000) {
      return refused("That was very quick. Check your answers, then send them again.");
    }
    const parsed = post.journey.schema.safeParse(draft.answers);
    if (!parsed.success) return { kind: "redirect", to: firstProblem(post.journey, parsed.error.issues) };
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
      return held();
    }
    const saved = await createReferral(referral, deps.db, await deps.queue());
    if (saved.created)
      (await requestLog()).info(
        { kind: "received", reference: saved.reference, journey: post.journey.kind, urgent: saved.urgent },
        `[referrals] received ${saved.reference} (${post.journey.kind}${saved.urgent ? ", URGENT" : ""})`,
      );
    const sent = { urgent: saved.urgent, atRisk: isAtRisk(answers) };
    return { kind: "redirect", to: confirmationPath(post.journey), reference: saved.reference, sent };
  } catch (error) {
    await logFailure(`submitting ${post.journey.slug}`, error);
    return unavailable();
  }
}

/** The confirmation for the referral this idempotency key already made, if it made one. */
async function alreadySent(deps: SubmissionDeps, journey: Journey, key: string): Promise<Outcome | null> {
  const done = await deps.db.referral.findUnique({
    where: { idempotencyKey: key },
    select: { reference: true, urgent: true, ...flagSelect },
  });
  if (!done) return null;
  return {
    kind: "redirect",
    to: confirmationPath(journey),
    reference: done.reference,
    sent: { urgent: done.urgent, atRisk: done.urgent || done.flagSelfHarmThoughts || done.flagBeingHurt },
  };
}

function firstProblem(journey: Journey, issues: { path: PropertyKey[] }[]): string {
  const stepId = issues.map((i) => String(i.path[0] ?? "")).find((id) => journey.steps.some((s) => s.id === id));
  return stepId ? stepPath(journey, stepId) : firstStepPath(journey);
}
