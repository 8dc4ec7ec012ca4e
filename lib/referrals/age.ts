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

export interface RoutingNeeds {
  age: number;
  /** Has a professional said the person has depression? "no" points young people to the prevention group. */
  diagnosis?: "yes" | "no" | "not-sure";
  /** A parent or carer is referring, so a family programme is possible. */
  withParent: boolean;
}

const inRange = (p: Programme, age: number) => age >= p.minAge && (p.maxAge === null || age <= p.maxAge);

/**
 * The programme that fits best, from the ones this service offers, or null when none does.
 * Where ranges overlap (12 is in both FB-IPT and IPT-A; IPT-A and IPT-AST share 12–18):
 * symptoms without a diagnosis point to the prevention group; the family programme is for a
 * child referred by a parent; otherwise the individual programme.
 */
export function routeProgramme(programmes: Programme[], needs: RoutingNeeds): Programme | null {
  const candidates = programmes.filter((p) => p.offered && inRange(p, needs.age));
  if (candidates.length === 0) return null;
  const byId = (id: ProgrammeId) => candidates.find((p) => p.id === id);
  if (needs.diagnosis === "no" && byId("ipt-ast")) return byId("ipt-ast")!;
  const treatment = candidates.filter((p) => p.id !== "ipt-ast");
  if (treatment.length === 0) return candidates[0]!;
  if (needs.withParent && byId("fb-ipt")) return byId("fb-ipt")!;
  return treatment.find((p) => p.id !== "fb-ipt") ?? treatment[0]!;
}
