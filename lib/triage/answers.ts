/** One answer as staff read it: a question-like label and the answer as text. */
export interface AnswerRow {
  key: string;
  label: string;
  value: string;
}

// Answers about risk and safeguarding are shown first, in a warning box, whatever the journey.
const RISK_KEY = /risk|safeguard|safety|harm|hurt|suicid|crisis|danger|unsafe|abuse|emergency|urgent/i;

/**
 * Turns a journey's answers (any JSON) into readable rows, without knowing the journey's schema:
 * nested objects become "Parent: child" labels, lists are joined, true/false become Yes/No.
 * Values stay plain text; React escapes them when rendered.
 */
export function readableAnswers(answers: unknown): { risk: AnswerRow[]; other: AnswerRow[] } {
  const rows: AnswerRow[] = [];
  flatten(answers, [], rows);
  return { risk: rows.filter((r) => RISK_KEY.test(r.key)), other: rows.filter((r) => !RISK_KEY.test(r.key)) };
}

function flatten(value: unknown, path: string[], rows: AnswerRow[]): void {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, [...path, key], rows);
    return;
  }
  if (Array.isArray(value) && value.some((item) => item && typeof item === "object")) {
    value.forEach((item, index) => flatten(item, [...path, String(index + 1)], rows));
    return;
  }
  const key = path.join(".");
  rows.push({ key, label: path.map(humanise).join(": ") || "Answer", value: asText(value) });
}

export function humanise(key: string): string {
  if (/^\d+$/.test(key)) return `#${key}`;
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function asText(value: unknown): string {
  if (value === null || value === undefined || value === "") return "Not answered";
  if (value === true) return "Yes";
  if (value === false) return "No";
  if (Array.isArray(value)) return value.length ? value.map(asText).join(", ") : "None";
  if (typeof value === "string" && /^[A-Z0-9_]+$/.test(value) && value.includes("_")) return humanise(value);
  return String(value);
}
