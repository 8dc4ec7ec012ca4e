import { CrisisGuidance } from "@/components/crisis/crisis-guidance";
import { getService } from "@/lib/config";
import { telHref } from "@/lib/content/phone";

/** An expired, used or unknown link: said kindly, with the team's phone and the crisis lines. */
export function LinkNotWorking({ used }: { used: boolean }) {
  const service = getService();
  return (
    <>
      <h1 className="nhsuk-heading-l">{used ? "This link has already been used" : "This link is not working"}</h1>
      <p>
        {used
          ? "Someone has already sent their answers with this link, so it cannot be used again."
          : "The link may be more than 14 days old, or it may have been copied wrongly."}
      </p>
      <p>
        You can still tell us what you think. Call <a href={telHref(service.phone)}>{service.phone}</a> (
        {service.phoneHours}) and say you were sent a link to share your view.
      </p>
      <CrisisGuidance nation={service.nation} audience="young-person" headingLevel={2} />
    </>
  );
}
