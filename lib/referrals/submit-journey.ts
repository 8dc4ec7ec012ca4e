import "server-only";
import { firstStepPath, programmeFor, stepPath, confirmationPath } from "./flow";
import { IDEMPOTENCY_FIELD, HONEYPOT_FIELD } from "@/lib/forms/read-form";
import { loadDraft } from "./drafts";
import { createReferral } from "./create-referral";
import { isAtRisk } from "./journeys/answer-facts";
import type { Journey } from "./journeys/types";
import { logFailure } from "./log-failure";
import { rateLimited, refused, unavailable, unexpectedFields, type Outcome } from "./post-outcome";
import type { SubmissionDeps } from "./submission-deps";

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
  if (keys.some((k) => k !== IDEMPOTENCY_FIELD && k !== HONEYPOT_FIELD)) return unexpectedFields();
  const key = post.form.get(IDEMPOTENCY_FIELD);
  if (typeof key !== "string" || !KEY_PATTERN.test(key)) return refused("This form is out of date. Check your answers and send them again.");
  const honeypot = post.form.get(HONEYPOT_FIELD);
  if (typeof honeypot === "string" && honeypot.trim()) return refused("We could not accept this form. If you are a person, please call us instead.");
  try {
    const done = await deps.db.referral.findUnique({ where: { idempotencyKey: key }, select: { reference: true } });
    if (done) return { kind: "redirect", to: confirmationPath(post.journey), reference: done.reference };
    const draft = await loadDraft(post.draftToken, post.journey, deps.db);
    if (!draft) return { kind: "redirect", to: firstStepPath(post.journey) };
    if (draft.idempotencyKey !== key) return refused("This form is out of date. Check your answers and send them again.");
    if (Date.now() - draft.createdAt.getTime() < deps.minSeconds * 1000) {
      return refused("That was very quick. Check your answers, then send them again.");
    }
    const parsed = post.journey.schema.safeParse(draft.answers);
    if (!parsed.success) return { kind: "redirect", to: firstProblem(post.journey, parsed.error.issues) };
    if (!(await deps.limiter.consume("submission", post.client))) return rateLimited();
    const answers = parsed.data;
    const saved = await createReferral(
      {
        journey: post.journey,
        answers,
        programme: programmeFor(post.journey, answers)?.id ?? null,
        urgent: post.journey.isReferral && isAtRisk(answers),
        idempotencyKey: key,
        draftId: draft.id,
      },
      deps.db,
      await deps.queue(),
    );
    if (saved.created) console.log(`[referrals] received ${saved.reference} (${post.journey.kind}${saved.urgent ? ", URGENT" : ""})`);
    return { kind: "redirect", to: confirmationPath(post.journey), reference: saved.reference };
  } catch (error) {
    logFailure(`submitting ${post.journey.slug}`, error);
    return unavailable();
  }
}

function firstProblem(journey: Journey, issues: { path: PropertyKey[] }[]): string {
  const stepId = issues.map((i) => String(i.path[0] ?? "")).find((id) => journey.steps.some((s) => s.id === id));
  return stepId ? stepPath(journey, stepId) : firstStepPath(journey);
}
