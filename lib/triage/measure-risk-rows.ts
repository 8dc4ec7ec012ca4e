import { phq9 } from "@/lib/measures";
import { measureRiskItemPositive } from "@/lib/referrals/journeys/answer-facts";
import type { Answers } from "@/lib/referrals/journeys/types";
import type { AnswerRow } from "./answers";

/** PHQ-9 item 9 above "Not at all", for the referral page's risk box beside the risk questions. */
export function measureRiskRows(answers: Answers): AnswerRow[] {
  if (!measureRiskItemPositive(answers)) return [];
  const chosen = phq9.options.find((o) => String(o.value) === answers.phq9?.item9);
  return [
    {
      key: "PHQ-9 item 9",
      label: `PHQ-9 item 9: ${phq9.items[8]}`,
      value: chosen ? `${chosen.label} (${chosen.value})` : String(answers.phq9?.item9),
    },
  ];
}
