import { ageOn } from "@/lib/referrals/age";

const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "2 September 2012 (age 14)": the date as the form showed it, with the age staff act on. */
export function dateOfBirthText(dateOfBirth: Date, today = new Date()): string {
  return `${longDate.format(dateOfBirth)} (age ${ageOn(dateOfBirth, today)})`;
}
