import { isEnquiry, type Journey, type Status } from "./labels";

/** New → In review → an outcome → Closed. Withdrawn is possible before review too. */
export const TRANSITIONS: Record<Status, readonly Status[]> = {
  NEW: ["IN_REVIEW", "WITHDRAWN"],
  IN_REVIEW: ["ACCEPTED", "SIGNPOSTED", "DECLINED", "WITHDRAWN"],
  ACCEPTED: ["CLOSED"],
  SIGNPOSTED: ["CLOSED"],
  DECLINED: ["CLOSED"],
  WITHDRAWN: ["CLOSED"],
  REPLIED: [],
  CLOSED: [],
};

/** An enquiry: New → Replied → Closed, or closed straight away (spam, answered elsewhere). */
export const ENQUIRY_TRANSITIONS: Record<Status, readonly Status[]> = {
  NEW: ["REPLIED", "CLOSED"],
  IN_REVIEW: ["REPLIED", "CLOSED"],
  ACCEPTED: ["CLOSED"],
  SIGNPOSTED: ["CLOSED"],
  DECLINED: ["CLOSED"],
  WITHDRAWN: ["CLOSED"],
  REPLIED: ["CLOSED"],
  CLOSED: [],
};

/** Where a referral or enquiry can move next from a status. */
export const transitionsFor = (journey: Journey, from: Status): readonly Status[] =>
  (isEnquiry(journey) ? ENQUIRY_TRANSITIONS : TRANSITIONS)[from];

/** A referral in one of these has finished: its retention period runs from then (closedAt). */
export const FINISHED: readonly Status[] = ["SIGNPOSTED", "DECLINED", "WITHDRAWN", "CLOSED"];

/** Outcomes must say why, so the decision can be explained to the person and audited. */
export const REASON_REQUIRED: readonly Status[] = ["ACCEPTED", "SIGNPOSTED", "DECLINED", "WITHDRAWN"];

export function canMove(from: Status, to: Status, journey?: Journey): boolean {
  return (journey ? transitionsFor(journey, from) : TRANSITIONS[from]).includes(to);
}
