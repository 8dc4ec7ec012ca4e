import { Journey as JourneyEnum, ReferralStatus } from "@/lib/db/generated/enums";

// The values come from prisma/schema/referrals.prisma (its generated enums); this file only adds the
// words staff see. A value added to the schema fails to compile here until it has a label.

/** Every status, in the order the workflow runs (the order referrals.prisma lists them). */
export const STATUSES = Object.values(ReferralStatus);
export type Status = ReferralStatus;

export const STATUS_LABELS: Record<Status, string> = {
  NEW: "New",
  IN_REVIEW: "In review",
  ACCEPTED: "Accepted",
  SIGNPOSTED: "Signposted elsewhere",
  DECLINED: "Declined",
  WITHDRAWN: "Withdrawn",
  REPLIED: "Replied",
  CLOSED: "Closed",
};

/** NHS tag colours, so each status is told apart by its words first and colour second. */
export const STATUS_TAG_COLOURS: Record<Status, string> = {
  NEW: "blue",
  IN_REVIEW: "yellow",
  ACCEPTED: "green",
  SIGNPOSTED: "purple",
  DECLINED: "red",
  WITHDRAWN: "grey",
  REPLIED: "aqua-green",
  CLOSED: "white",
};

export const JOURNEYS = Object.values(JourneyEnum);
export type Journey = JourneyEnum;

export const JOURNEY_LABELS: Record<Journey, string> = {
  YOUNG_PERSON_SELF: "Young person, for themselves",
  ADULT_SELF: "Adult, for themselves",
  PARENT_CARER: "Parent or carer, for a child",
  PROFESSIONAL: "Professional referral",
  GENERAL_QUESTION: "General question",
  TRAINING_ENQUIRY: "Training enquiry",
};

/** Questions and training enquiries: their own queue, with a simpler workflow (new, replied, closed). */
export const ENQUIRY_JOURNEYS: readonly Journey[] = ["GENERAL_QUESTION", "TRAINING_ENQUIRY"];
export const REFERRAL_JOURNEYS: readonly Journey[] = JOURNEYS.filter((j) => !ENQUIRY_JOURNEYS.includes(j));
export const isEnquiry = (journey: Journey) => ENQUIRY_JOURNEYS.includes(journey);

/** The inbox's two queues: clinical referrals, and enquiries, each with its own tab and counts. */
export const QUEUES = ["referrals", "enquiries"] as const;
export type Queue = (typeof QUEUES)[number];
export const QUEUE_LABELS: Record<Queue, string> = { referrals: "Referrals", enquiries: "Enquiries" };
export const QUEUE_JOURNEYS: Record<Queue, readonly Journey[]> = {
  referrals: REFERRAL_JOURNEYS,
  enquiries: ENQUIRY_JOURNEYS,
};
/** The statuses each queue's items can have, in workflow order. */
export const QUEUE_STATUSES: Record<Queue, readonly Status[]> = {
  referrals: STATUSES.filter((s) => s !== "REPLIED"),
  enquiries: ["NEW", "REPLIED", "CLOSED"],
};

/** Statuses still waiting for the team to act: the inbox shows these unless asked otherwise. */
export const OPEN_STATUSES: readonly Status[] = ["NEW", "IN_REVIEW"];

/** The programme form's value for "None: signpost elsewhere" (no programme id is "none"). */
export const NO_PROGRAMME = "none";
