import type { z } from "zod";
import type { Journey as JourneyColumn } from "@/lib/db/generated/enums";
import type { Field } from "@/lib/forms/fields";
import type { Answers, PageId } from "./answers";

export type { Answers } from "./answers";

/** The names a page's schema knows (every branch's, when the schema is one of several). */
type SchemaKeys<S> = S extends z.ZodObject ? Extract<keyof z.output<S>, string> : never;

/** A field whose name is a key of its page's schema: renaming one side only fails to compile. */
export type FieldOf<S extends z.ZodObject> = Field & { name: SchemaKeys<S> };

/** The words that change with who is being referred. */
export interface Audience {
  /** "you", "your child", "the person you are referring" */
  person: string;
  /** "your", "your child's", "their" */
  possessive: string;
  /** "are you", "is your child", "is the person" */
  isPerson: string;
}

export interface QuestionStep<Id extends PageId = PageId, S extends z.ZodObject = z.ZodObject> {
  kind: "question";
  id: Id;
  /** The page's h1. When the page has one field, that field's label is shown as the heading. */
  title: string;
  /** Paragraphs shown under the heading. */
  intro?: string[];
  fields: FieldOf<S>[];
  schema: S;
  /** The step appears only when this holds for the answers so far. */
  when?: (answers: Answers) => boolean;
  /** Show the short crisis box: a page where someone may write about a crisis though nothing asks about risk. */
  signpostCrisis?: boolean;
  /** Show the crisis guidance at once while this field has one of these values (PHQ-9 item 9). */
  reveal?: { name: string; values: readonly string[] };
}

/**
 * Pages of guidance between questions: crisis help, no programme for this age, moved to the young
 * person's form, and the end of a route (with what to do instead, never only an error).
 */
export type InfoStepId =
  | "risk-help"
  | "age-outside"
  | "moved-from-adult"
  | "cannot-continue"
  | "moved-from-young-person"
  | "agreement-needed"
  | "own-agreement-needed"
  | "measure-help";

/** A page with guidance and, unless it ends the route, a Continue button. */
export interface InfoStep {
  kind: "info";
  id: InfoStepId;
  title: string;
  when: (answers: Answers) => boolean;
}

export type Step = QuestionStep | InfoStep;

export type JourneySlug = "young-person" | "adult" | "parent-carer" | "professional" | "question" | "training";
/** The journey column in the database (prisma/schema/referrals.prisma `enum Journey`). */
export type JourneyKind = JourneyColumn;

// A journey's name for people (staff pages, reports and the team's email) is its kind's label in
// lib/triage/labels.ts JOURNEY_LABELS: one name per journey, in one place.
export interface Journey {
  slug: JourneySlug;
  kind: JourneyKind;
  /** /refer for referrals, /enquire for questions and training. */
  area: "refer" | "enquire";
  isReferral: boolean;
  steps: Step[];
  /** The whole journey's answers, checked again on the server before anything is saved. */
  schema: z.ZodType<Answers>;
}
