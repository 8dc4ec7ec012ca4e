import { z } from "zod";
import { testReferenceSchema, text } from "../registers/test-reference";

// The DCB0129 risk matrix (NHS Digital's clinical risk management template): likelihood ×
// consequence gives a rating from 1 (acceptable) to 5 (unacceptable). 3 is undesirable and needs
// further controls; 4 and above needs mandatory further controls before release.
export const likelihoods = ["Very low", "Low", "Medium", "High", "Very high"] as const;
export const consequences = ["Minor", "Significant", "Considerable", "Major", "Catastrophic"] as const;

const matrix: Record<(typeof likelihoods)[number], readonly number[]> = {
  //            Minor Significant Considerable Major Catastrophic
  "Very high": [3, 4, 4, 5, 5],
  High: [2, 3, 3, 4, 5],
  Medium: [2, 2, 3, 3, 4],
  Low: [1, 2, 2, 3, 4],
  "Very low": [1, 1, 2, 2, 3],
};

export const riskSchema = z.object({ likelihood: z.enum(likelihoods), consequence: z.enum(consequences) }).strict();
export type Risk = z.infer<typeof riskSchema>;

/** The rating (1–5) for a likelihood and consequence on the DCB0129 matrix. */
export function rating(risk: Risk): number {
  return matrix[risk.likelihood][consequences.indexOf(risk.consequence)]!;
}

/** A control built into this repository, and the automated test that proves it works. */
const controlSchema = z.object({ control: text, test: testReferenceSchema }).strict();

/** Further work needed, pointing at the issue that tracks it (null: a decision for the deploying organisation). */
const actionSchema = z.object({ action: text, issue: z.int().positive().nullable() }).strict();

export const hazardSchema = z
  .object({
    id: z.string().regex(/^H\d{2}$/),
    title: text,
    causes: text,
    effect: text,
    /** The risk as the clinical review of 4 December 2026 found it (or, for a new hazard, with no controls). */
    initial: riskSchema,
    controls: z.array(controlSchema).min(1),
    /** The risk with the controls now in the repository. */
    residual: riskSchema,
    /** Controls that are a matter of the deploying organisation's procedures (DCB0160), not code. */
    procedures: z.array(text),
    openActions: z.array(actionSchema),
    /** Set when the clinical safety officer accepts a residual risk that cannot be reduced further. */
    accepted: z.string().optional(),
  })
  .strict()
  .refine((h) => rating(h.residual) <= rating(h.initial), {
    message: "residual risk cannot be higher than initial",
    path: ["residual"],
  })
  .refine((h) => rating(h.residual) < 3 || h.openActions.length > 0 || h.accepted !== undefined, {
    message: "a residual rating of 3 or more needs an open action or a recorded acceptance",
    path: ["openActions"],
  });

export type Hazard = z.infer<typeof hazardSchema>;
export const hazardLogSchema = z.array(hazardSchema).min(1);
