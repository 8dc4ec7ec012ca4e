import { describe, expect, it } from "vitest";
import { STATUSES, type Status } from "@/lib/triage/labels";
import { canMove, FINISHED, REASON_REQUIRED, transitionsFor } from "@/lib/triage/workflow";

// Every move staff can make, written out here independently of lib/triage/workflow.ts, and every
// pair of statuses checked against it: a move added, dropped or reversed there fails here.

const referralMoves = [
  "NEW→IN_REVIEW",
  "NEW→WITHDRAWN",
  "IN_REVIEW→ACCEPTED",
  "IN_REVIEW→SIGNPOSTED",
  "IN_REVIEW→DECLINED",
  "IN_REVIEW→WITHDRAWN",
  "ACCEPTED→CLOSED",
  "SIGNPOSTED→CLOSED",
  "DECLINED→CLOSED",
  "WITHDRAWN→CLOSED",
];
const enquiryMoves = [
  "NEW→REPLIED",
  "NEW→CLOSED",
  "IN_REVIEW→REPLIED",
  "IN_REVIEW→CLOSED",
  "ACCEPTED→CLOSED",
  "SIGNPOSTED→CLOSED",
  "DECLINED→CLOSED",
  "WITHDRAWN→CLOSED",
  "REPLIED→CLOSED",
];
const pairs = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as [Status, Status]));
const allowed = (move: (from: Status, to: Status) => boolean) =>
  pairs.filter(([from, to]) => move(from, to)).map(([from, to]) => `${from}→${to}`);

describe("moving a referral or enquiry between statuses", () => {
  it("a referral moves New → In review → an outcome → Closed, and can be withdrawn before review", () => {
    expect(allowed((from, to) => canMove(from, to))).toEqual(referralMoves);
    expect(allowed((from, to) => canMove(from, to, "ADULT_SELF"))).toEqual(referralMoves);
    expect(allowed((from, to) => canMove(from, to, "PROFESSIONAL"))).toEqual(referralMoves);
  });

  it("an enquiry moves New → Replied → Closed, or is closed straight away", () => {
    expect(allowed((from, to) => canMove(from, to, "GENERAL_QUESTION"))).toEqual(enquiryMoves);
    expect(allowed((from, to) => canMove(from, to, "TRAINING_ENQUIRY"))).toEqual(enquiryMoves);
  });

  it("nothing moves on from Closed, and a referral is never Replied", () => {
    expect(transitionsFor("YOUNG_PERSON_SELF", "CLOSED")).toEqual([]);
    expect(transitionsFor("GENERAL_QUESTION", "CLOSED")).toEqual([]);
    expect(transitionsFor("PARENT_CARER", "REPLIED")).toEqual([]);
    expect(STATUSES.some((from) => canMove(from, "REPLIED", "PARENT_CARER"))).toBe(false);
  });

  it("lists the next statuses in the order staff see them", () => {
    expect(transitionsFor("ADULT_SELF", "IN_REVIEW")).toEqual(["ACCEPTED", "SIGNPOSTED", "DECLINED", "WITHDRAWN"]);
    expect(transitionsFor("TRAINING_ENQUIRY", "NEW")).toEqual(["REPLIED", "CLOSED"]);
  });

  it("starts the retention clock at signposted, declined, withdrawn or closed, and not at accepted", () => {
    expect([...FINISHED].sort()).toEqual(["CLOSED", "DECLINED", "SIGNPOSTED", "WITHDRAWN"]);
  });

  it("asks for a reason for every outcome and a withdrawal, and not for review, reply or closing", () => {
    expect([...REASON_REQUIRED].sort()).toEqual(["ACCEPTED", "DECLINED", "SIGNPOSTED", "WITHDRAWN"]);
  });
});
