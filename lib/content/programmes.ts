import type { Programme } from "@/lib/config";

type AgeBand = Pick<Programme, "fromBirthday" | "untilBirthday">;

/** "Ages 12 to 17", with "(to be confirmed)" while the band is not from a source or the team. */
export function agesLabel(programme: AgeBand & Pick<Programme, "agesToBeConfirmed">): string {
  return `Ages ${ageRange(programme)}${programme.agesToBeConfirmed ? " (to be confirmed)" : ""}`;
}

/** "9 to 12", "18 and over": the whole-year ages a reader says, from a half-open band. */
export function ageRange(programme: AgeBand): string {
  return programme.untilBirthday === null
    ? `${programme.fromBirthday} and over`
    : `${programme.fromBirthday} to ${programme.untilBirthday - 1}`;
}

/** "from their 12th birthday until their 18th birthday": the band as clinicians state it. */
export function ageBandSentence(programme: AgeBand): string {
  const from = `from their ${ordinal(programme.fromBirthday)} birthday`;
  return programme.untilBirthday === null ? from : `${from} until their ${ordinal(programme.untilBirthday)} birthday`;
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${suffix}`;
}
const formats: Record<Programme["format"], string> = {
  individual: "One-to-one sessions with a therapist",
  family: "Sessions with your child, with a parent or carer at every session",
  group: "A small group of young people, with therapists",
};

export function formatDescription(programme: Pick<Programme, "format">): string {
  return formats[programme.format];
}

export function sessionCount(programme: Pick<Programme, "sessions">): string {
  const { sessions } = programme;
  if (sessions === null) return "Your therapist will tell you how many";
  if (typeof sessions === "number") return `${sessions} sessions, usually once a week`;
  return `Between ${sessions.from} and ${sessions.to} sessions, usually once a week`;
}
