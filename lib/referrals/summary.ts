import type { Field } from "@/lib/forms/fields";
import { applicableSteps, stepPath } from "./flow";
import { ageFrom } from "./journeys/answer-facts";
import { pageAnswers } from "./journeys/answers";
import type { Answers, Journey } from "./journeys/types";

export interface SummaryRow {
  key: string;
  value: string;
  /** Where "Change" leads, returning to the check page afterwards. */
  changeHref: string;
  /** The visually hidden part of "Change …", so each link makes sense on its own. */
  changeLabel: string;
}

export interface SummarySection {
  /** The page these answers come from. */
  stepId: string;
  title: string;
  rows: SummaryRow[];
  /** The page has not been answered yet. */
  missing: boolean;
}

/** Answers as people typed or chose them, page by page, for the check-your-answers page and the detailed email. */
export function summarise(journey: Journey, answers: Answers): SummarySection[] {
  return applicableSteps(journey, answers).flatMap((step) => {
    if (step.kind !== "question") return [];
    const values = pageAnswers(answers, step.id);
    const changeHref = `${stepPath(journey, step.id)}?change=1`;
    // A revealed question whose answer no longer applies ("No" after "Yes, Polish") is not shown or sent.
    const applies = (field: Field) =>
      !field.showWhen || field.showWhen.values.includes(String(values?.[field.showWhen.name]));
    const rows = step.fields.filter(applies).map((field) => ({
      key: field.label.replace(/ \(optional\)$/, ""),
      value: values ? display(field, values[field.name]) : "",
      changeHref,
      changeLabel: field.label.replace(/ \(optional\)$/, "").toLowerCase(),
    }));
    const age = step.id === "about" ? ageFrom(answers) : null;
    // The age the service will act on, so a mistyped year shows up before sending (H04).
    if (age !== null)
      rows.push({
        key: "Age",
        value: ageSentence(journey, age),
        changeHref,
        changeLabel: "age (by changing the date of birth)",
      });
    return [{ stepId: step.id, title: step.title, rows, missing: !values }];
  });
}

/** "You are 14", "Your child is 10", "The person is 16": worked out from the date of birth. */
export function ageSentence(journey: Journey, age: number): string {
  if (journey.kind === "PARENT_CARER") return `Your child is ${age}`;
  if (journey.kind === "PROFESSIONAL") return `The person is ${age}`;
  return `You are ${age}`;
}

export function display(field: Field, value: unknown): string {
  if (value === undefined || value === null || value === "") return "Not given";
  if (field.kind === "date" && typeof value === "object") {
    const { day, month, year } = value as Record<string, string>;
    return `${day} ${monthName(Number(month))} ${year}`;
  }
  if (field.kind === "radios" || field.kind === "checkboxes") {
    const chosen = Array.isArray(value) ? value : [value];
    if (chosen.length === 0) return "None selected";
    return chosen.map((v) => field.options.find((o) => o.value === v)?.label ?? String(v)).join(", ");
  }
  return String(value);
}

const months = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const monthName = (m: number) => months[m - 1] ?? String(m);
