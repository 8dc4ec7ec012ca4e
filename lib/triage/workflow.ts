import type { Status } from "./labels";

/** New → In review → an outcome → Closed. Withdrawn is possible before review too. */
export const TRANSITIONS: Record<Status, readonly Status[]> = {
  NEW: ["IN_REVIEW", "WITHDRAWN"],
  IN_REVIEW: ["ACCEPTED", "SIGNPOSTED", "DECLINED", "WITHDRAWN"],
  ACCEPTED: ["CLOSED"],
  SIGNPOSTED: ["CLOSED"],
  DECLINED: ["CLOSED"],
  WITHDRAWN: ["CLOSED"],
  CLOSED: [],
};

/** A referral in one of these has finished: its retention period runs from then (closedAt). */
export const FINISHED: readonly Status[] = ["SIGNPOSTED", "DECLINED", "WITHDRAWN", "CLOSED"];

/** Outcomes must say why, so the decision can be explained to the person and audited. */
export const REASON_REQUIRED: readonly Status[] = ["ACCEPTED", "SIGNPOSTED", "DECLINED", "WITHDRAWN"];

export function canMove(from: Status, to: Status): boolean {
  return TRANSITIONS[from].includes(to);
}
