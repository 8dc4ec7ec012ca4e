import { toDate } from "../date-of-birth";
import { ageOn } from "../age";
import type { Answers } from "./types";

// Facts worked out from answers, used to decide which pages apply and how to route.

export function dateOfBirthFrom(answers: Answers): Date | null {
  const parts = answers.about?.dateOfBirth;
  return parts ? toDate(parts) : null;
}

export function ageFrom(answers: Answers, today = new Date()): number | null {
  const dob = dateOfBirthFrom(answers);
  return dob ? ageOn(dob, today) : null;
}

export function isAtRisk(answers: Answers): boolean {
  return answers.risk?.atRisk === "yes";
}
