import { getService } from "@/lib/config";
import { telHref } from "@/lib/content/phone";

// Small pieces of the service's own details (content/service.json) for use inside sentences,
// so no page ever hard-codes a name, number or promise.

export function ServiceName() {
  return <>{getService().name}</>;
}

export function Organisation() {
  return <>{getService().organisation}</>;
}

export function PhoneLink() {
  const { phone } = getService();
  return <a href={telHref(phone)}>{phone}</a>;
}

export function PhoneHours() {
  return <>{getService().phoneHours}</>;
}

export function EmailLink() {
  const { email } = getService();
  return <a href={`mailto:${email}`}>{email}</a>;
}

export function Address() {
  return <>{getService().address}</>;
}

export function Catchment() {
  return <>{getService().catchment}</>;
}

/** "5 working days" */
export function ResponseTime() {
  const days = getService().responseWorkingDays;
  return <>{days === 1 ? "1 working day" : `${days} working days`}</>;
}

/**
 * "If a referral is urgent, we read it first: …", so no page gives an urgent referral only the
 * routine promise (review P8, hazard H02). The standard itself is the team's clinical decision.
 */
export function UrgentStandard() {
  return <>If a referral is urgent, we read it first: {getService().urgentStandard}.</>;
}
