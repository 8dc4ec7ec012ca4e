import type { Programme } from "@/lib/config";

/** "9 to 12", "18 and over": ages as a reader says them. */
export function ageRange(programme: Pick<Programme, "minAge" | "maxAge">): string {
  return programme.maxAge === null ? `${programme.minAge} and over` : `${programme.minAge} to ${programme.maxAge}`;
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
  return programme.sessions === null ? "Your therapist will tell you how many" : `${programme.sessions} sessions, usually once a week`;
}
