import { getService } from "@/lib/config/service";
import type { Status } from "./labels";

/** The outcomes a person and their referrer are told about, in words the team chose (service.json). */
export const OUTCOMES = ["ACCEPTED", "SIGNPOSTED", "DECLINED"] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const isOutcome = (status: Status): status is Outcome => (OUTCOMES as readonly Status[]).includes(status);

/** The longest free text staff may share with the person. */
export const SHARED_TEXT_MAX = 500;

const fill = (words: string, programme: string | null) =>
  words.replaceAll("{programme}", programme ?? "one of our programmes");

/** Each choice staff may pick for an outcome: value "ACCEPTED:0", label the words as shown. */
export function outcomeChoices(outcome: Outcome, programmeName: string | null): { value: string; label: string }[] {
  return getService().outcomeWords[outcome].map((words, index) => ({
    value: `${outcome}:${index}`,
    label: fill(words, programmeName),
  }));
}

/**
 * The words for a chosen value, written out so a later edit of the list does not change what the
 * person was told. A value for another outcome is refused; where an outcome has only one choice,
 * no choice is needed.
 */
export function chosenWords(outcome: Outcome, value: string | undefined, programmeName: string | null): string | null {
  const choices = outcomeChoices(outcome, programmeName);
  if (!value) return choices.length === 1 ? choices[0]!.label : null;
  return choices.find((c) => c.value === value)?.label ?? null;
}
