import { nextReadingSentence } from "@/lib/calendar";
import type { ServiceConfig } from "@/lib/config";

export interface NextStepsFor {
  isReferral: boolean;
  urgent: boolean;
}

/**
 * What happens next, in the words the confirmation page and the acknowledgement share. An urgent
 * referral is never given the routine promise: it gets the team's urgent standard and when forms
 * will next be read, worked out from office hours and bank holidays at `now`.
 */
export function whatHappensNext(what: NextStepsFor, service: ServiceConfig, now: Date): string[] {
  if (what.isReferral && what.urgent) {
    return [
      `We will read your referral first: ${service.urgentStandard}.`,
      nextReadingSentence(now, service.officeHours),
    ];
  }
  const thing = what.isReferral ? "referral" : "message";
  const days = service.responseWorkingDays === 1 ? "1 working day" : `${service.responseWorkingDays} working days`;
  return [`We will read your ${thing} and contact you within ${days}.`];
}
