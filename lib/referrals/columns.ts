import { toDate, type DateParts } from "./date-of-birth";
import type { Answers, Journey } from "./journeys/types";
import { normaliseNhsNumber } from "./nhs-number";

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

/** The answers staff search on, as the referral table's columns. */
export function searchColumns(journey: Journey, answers: Answers) {
  const about = answers.about ?? {};
  const contact = answers.contact ?? {};
  const where = answers.where ?? {};
  const dob = about.dateOfBirth ? toDate(about.dateOfBirth as DateParts) : null;
  const nhs = str(where.nhsNumber);
  const postcode = str(where.postcode);
  return {
    givenName: str(about.givenName) ?? str(contact.yourName),
    familyName: str(about.familyName),
    dateOfBirth: dob,
    nhsNumber: nhs ? normaliseNhsNumber(nhs) : null,
    email: str(contact.email),
    phone: str(contact.phone),
    postcode: postcode ? postcode.toUpperCase() : null,
  };
}

/** Who gets the acknowledgement: the person who filled in the form, if they gave an email address. */
export function acknowledgementAddress(journey: Journey, answers: Answers): string | null {
  if (journey.kind === "PROFESSIONAL") return str(answers.referrer?.workEmail);
  return str(answers.contact?.email);
}
