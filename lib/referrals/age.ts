import type { Programme, ProgrammeId } from "@/lib/config";

/** Whole years between a date of birth and a day, as people count birthdays. */
export function ageOn(dateOfBirth: Date, today: Date): number {
  let age = today.getUTCFullYear() - dateOfBirth.getUTCFullYear();
  const beforeBirthday =
    today.getUTCMonth() < dateOfBirth.getUTCMonth() ||
    (today.getUTCMonth() === dateOfBirth.getUTCMonth() && today.getUTCDate() < dateOfBirth.getUTCDate());
  if (beforeBirthday) age--;
  return age;
}

/** Half-open: from the `fromBirthday`th birthday until, not including, the `untilBirthday`th. */
export const inAgeBand = (p: Pick<Programme, "fromBirthday" | "untilBirthday">, age: number) =>
  age >= p.fromBirthday && (p.untilBirthday === null || age < p.untilBirthday);

/** Does any programme this service offers take someone of this age? */
export function ageIsServed(programmes: Programme[], age: number): boolean {
  return programmes.some((p) => p.offered && inAgeBand(p, age));
}

export interface RoutingNeeds {
  age: number;
  /** Who is filling in the form: a parent or carer makes the family programme possible. */
  referrer: "self" | "parent" | "professional";
  /** Any risk or safeguarding flag: such a referral is never suggested the prevention group. */
  anyRiskFlag: boolean;
}

/**
 * The programme to suggest to staff, from the ones this service offers, or null when none fits.
 * Staff decide; this only saves them a step. Age and who is referring decide it, never a
 * "has a doctor said…" answer: a treatment programme (one-to-one, or the family programme for a
 * child whose parent refers) comes before the prevention group (IPT-AST), which is suggested only
 * when it is the one programme for that age and nothing in the referral points to risk.
 */
export function suggestProgramme(programmes: Programme[], needs: RoutingNeeds): Programme | null {
  const candidates = programmes.filter((p) => p.offered && inAgeBand(p, needs.age));
  const byId = (id: ProgrammeId) => candidates.find((p) => p.id === id);
  const family = byId("fb-ipt");
  if (family && needs.referrer === "parent") return family;
  const treatment = candidates.filter((p) => p.format !== "group");
  const individual = treatment.find((p) => p.format === "individual");
  if (individual) return individual;
  if (treatment[0]) return treatment[0];
  // Stryker disable next-line ConditionalExpression: equivalent, with no treatment left every candidate here is a group
  const group = candidates.find((p) => p.format === "group");
  return group && !needs.anyRiskFlag ? group : null;
}
