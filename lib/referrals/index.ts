// The referral journeys' server entry points. Client components import the journey definitions
// from ./journeys/registry, ./flow and ./summary directly.
import "server-only";
export { submitStep, type StepPost, type StepMove } from "./submit-step";
export { submitJourney, type JourneySubmission, type SendMove, type SentReferral } from "./submit-journey";
export { defaultDeps, type SubmissionDeps } from "./submission-deps";
export {
  loadDraft,
  draftIsGone,
  renewDraft,
  deleteDraft,
  draftCookieName,
  DRAFT_COOKIE_PREFIX,
  type Draft,
} from "./drafts";
export { notificationHandlers, flagOverdue } from "./notifications";
export { createReferral } from "./create-referral";
