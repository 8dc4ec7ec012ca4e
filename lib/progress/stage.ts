import type { ReferralStatus } from "@/lib/db/generated/enums";

/** The four stages a person is shown, in order: plain words, never the team's own status names. */
export const STAGES = ["Received", "Being reviewed", "We have contacted you", "Closed"] as const;
export type Stage = (typeof STAGES)[number];

/**
 * Accepted means the team is in touch to start the programme; every other outcome has finished
 * (lib/triage/workflow.ts FINISHED), so the person sees it as closed, with the outcome's words.
 */
const STAGE_OF: Record<ReferralStatus, Stage> = {
  NEW: "Received",
  IN_REVIEW: "Being reviewed",
  // An enquiry the team has answered (enquiries have their own workflow, issue 15).
  REPLIED: "We have contacted you",
  ACCEPTED: "We have contacted you",
  SIGNPOSTED: "Closed",
  DECLINED: "Closed",
  WITHDRAWN: "Closed",
  CLOSED: "Closed",
};

export const stageOf = (status: ReferralStatus): Stage => STAGE_OF[status];
