/** Words staff see for each status and journey, in the order the workflow runs. */
export const STATUSES = ["NEW", "IN_REVIEW", "ACCEPTED", "SIGNPOSTED", "DECLINED", "WITHDRAWN", "CLOSED"] as const;
export type Status = (typeof STATUSES)[number];

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

export const JOURNEYS = ["YOUNG_PERSON_SELF", "ADULT_SELF", "PARENT_CARER", "PROFESSIONAL", "GENERAL_QUESTION", "TRAINING_ENQUIRY"] as const;
export type Journey = (typeof JOURNEYS)[number];

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
