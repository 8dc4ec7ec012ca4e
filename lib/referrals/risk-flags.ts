// The risk and safeguarding facts staff must see first, worked out from a referral's answers.
// Each is stored as its own column, shown as a tag in the inbox and named in the team's email
// (as a flag, never with what the person wrote).

export type YesNoNotSure = "yes" | "no" | "not-sure";

/** The answers that bear on risk, whatever pages of the journey they came from. */
export interface RiskAnswers {
  /** Thoughts of ending their life or hurting themselves. */
  selfHarmThoughts?: YesNoNotSure;
  /** A measure's self-harm item answered above zero (PHQ-9 item 9): flags thoughts, never urgency. */
  measureRiskItem?: boolean;
  /** Might act on them in the next day or two (asked only after yes or not sure). */
  mayActSoon?: YesNoNotSure;
  /** Is anyone hurting them or making them feel unsafe (optional; "prefer-not" is allowed). */
  beingHurt?: YesNoNotSure | "prefer-not";
  /** A professional's "are there safeguarding concerns?" */
  professionalSafeguarding?: "yes" | "no";
  /** Age from the date of birth, when known. */
  age?: number | null;
  /** For an under-16: does a parent or carer know about this referral? */
  parentKnows?: "yes" | "no";
  /** For an under-18 referred by a parent or professional: is the parent or carer in the referral confirmed to have parental responsibility? */
  parentalResponsibility?: "yes" | "no" | "not-sure";
}

export const riskFlagNames = [
  "selfHarmThoughts",
  "mayActSoon",
  "beingHurt",
  "safeguarding",
  "under16ParentUnaware",
  "noParentalResponsibility",
] as const;
export type RiskFlag = (typeof riskFlagNames)[number];

export interface RiskAssessment {
  flags: Record<RiskFlag, boolean>;
  /** The referral goes to the top of the inbox and gets the urgent standard. */
  urgent: boolean;
}

const yesOrUnsure = (answer: string | undefined) => answer === "yes" || answer === "not-sure";

export function assessRisk(a: RiskAnswers): RiskAssessment {
  const flags: Record<RiskFlag, boolean> = {
    selfHarmThoughts: yesOrUnsure(a.selfHarmThoughts) || a.measureRiskItem === true,
    // Only asked after a yes or not sure to thoughts; a stray answer on its own does not count.
    mayActSoon: yesOrUnsure(a.selfHarmThoughts) && yesOrUnsure(a.mayActSoon),
    beingHurt: yesOrUnsure(a.beingHurt),
    safeguarding: a.professionalSafeguarding === "yes",
    under16ParentUnaware: a.age !== null && a.age !== undefined && a.age < 16 && a.parentKnows === "no",
    // Only asked of parents and professionals about under-18s; "not sure" is not confirmed either.
    noParentalResponsibility: a.parentalResponsibility !== undefined && a.parentalResponsibility !== "yes",
  };
  // Urgency (and so the response time people are told) comes from the risk questions alone.
  return { flags, urgent: flags.mayActSoon || flags.beingHurt };
}

export const anyRiskFlag = (assessment: RiskAssessment) =>
  assessment.urgent || riskFlagNames.some((name) => assessment.flags[name]);

/** The words staff see on a tag and in the team's email. */
export const riskFlagLabels: Record<RiskFlag, string> = {
  selfHarmThoughts: "Thoughts of self-harm or suicide",
  mayActSoon: "May act on them soon",
  beingHurt: "Someone may be hurting them",
  safeguarding: "Safeguarding concern",
  under16ParentUnaware: "Under 16, parent does not know",
  noParentalResponsibility: "No parental responsibility confirmed",
};

/** The referral table's column for each flag. */
export function flagColumns(flags: Record<RiskFlag, boolean>) {
  return {
    flagSelfHarmThoughts: flags.selfHarmThoughts,
    flagMayActSoon: flags.mayActSoon,
    flagBeingHurt: flags.beingHurt,
    flagSafeguarding: flags.safeguarding,
    flagUnder16ParentUnaware: flags.under16ParentUnaware,
    flagNoParentalResponsibility: flags.noParentalResponsibility,
  };
}

type FlagColumns = ReturnType<typeof flagColumns>;

/** Prisma's select for every flag column, for reads that show or send the flags. */
export const flagColumnsSelect = {
  flagSelfHarmThoughts: true,
  flagMayActSoon: true,
  flagBeingHurt: true,
  flagSafeguarding: true,
  flagUnder16ParentUnaware: true,
  flagNoParentalResponsibility: true,
} as const satisfies Record<keyof FlagColumns, true>;

/** The flags set on a stored referral, in the order staff read them. */
export function flagsOf(row: FlagColumns): RiskFlag[] {
  const set: Record<RiskFlag, boolean> = {
    selfHarmThoughts: row.flagSelfHarmThoughts,
    mayActSoon: row.flagMayActSoon,
    beingHurt: row.flagBeingHurt,
    safeguarding: row.flagSafeguarding,
    under16ParentUnaware: row.flagUnder16ParentUnaware,
    noParentalResponsibility: row.flagNoParentalResponsibility,
  };
  return riskFlagNames.filter((name) => set[name]);
}

/** The column to filter on for one flag. */
export const flagColumnOf: Record<RiskFlag, keyof FlagColumns> = {
  selfHarmThoughts: "flagSelfHarmThoughts",
  mayActSoon: "flagMayActSoon",
  beingHurt: "flagBeingHurt",
  safeguarding: "flagSafeguarding",
  under16ParentUnaware: "flagUnder16ParentUnaware",
  noParentalResponsibility: "flagNoParentalResponsibility",
};
