import { Journey as JourneyEnum, ReferralStatus } from "@/lib/db/generated/enums";

// The values come from prisma/schema.prisma (its generated enums); this file only adds the
// words staff see. A value added to the schema fails to compile here until it has a label.

/** Every status, in the order the workflow runs (the order schema.prisma lists them). */
export const STATUSES = Object.values(ReferralStatus);
export type Status = ReferralStatus;

export const STATUS_LABELS: Record<Status, string> = {
  NEW: "New",
  IN_REVIEW: "In review",
  ACCEPTED: "Accepted",
  SIGNPOSTED: "Signposted elsewhere",
  DECLINED: "Declined",
  WITHDRAWN: "Withdrawn",
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

/** Statuses still waiting for the team to act: the inbox shows these unless asked otherwise. */
export const OPEN_STATUSES: readonly Status[] = ["NEW", "IN_REVIEW"];

/** The programme form's value for "None: signpost elsewhere" (no programme id is "none"). */
export const NO_PROGRAMME = "none";
