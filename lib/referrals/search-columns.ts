import { toDate } from "./date-of-birth";
import type { Answers, Journey } from "./journeys/types";
import { normaliseNhsNumber } from "./nhs-number";

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

/** The answers staff search on, as the referral table's columns. */
export function searchColumns(journey: Journey, answers: Answers) {
  const { about, contact, where } = answers;
  const dob = about ? toDate(about.dateOfBirth) : null;
  const nhs = str(where?.nhsNumber);
  const postcode = str(where?.postcode);
  return {
    // An enquiry has no "about" page: the name is the one the person gave to be replied to.
    givenName: str(about?.givenName) ?? (contact && "yourName" in contact ? str(contact.yourName) : null),
    familyName: str(about?.familyName),
    dateOfBirth: dob,
    nhsNumber: nhs ? normaliseNhsNumber(nhs) : null,
    email: str(contact?.email),
    phone: str(contact?.phone),
    postcode: postcode ? postcode.toUpperCase() : null,
  };
}

/**
 * Who gets the email with the reference. A professional: their work address. An enquiry: the address
 * they asked us to reply to. Anyone else only when they ticked "Email me my reference" and said we may
 * email that address; never when emails were refused (H05).
 */
export function acknowledgementAddress(journey: Journey, answers: Answers): string | null {
  if (journey.kind === "PROFESSIONAL") return str(answers.referrer?.workEmail);
  const contact = answers.contact;
  if (!journey.isReferral) return str(contact?.email);
  if (!contact || !("emailReference" in contact)) return null;
  const optedIn = Array.isArray(contact.emailReference) && contact.emailReference.includes("yes");
  return optedIn && contact.mayEmail === "yes" ? str(contact.email) : null;
}
