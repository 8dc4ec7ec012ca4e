import Link from "next/link";
import { CrisisGuidance } from "@/components/crisis/crisis-guidance";
import { getService } from "@/lib/config";
import { RETURN_LINK_DAYS } from "@/lib/referrals/return-link";
import { telHref } from "@/lib/content/phone";

/** A "Save and come back later" link that was used, expired or copied wrongly: what to do now. */
export function SavedFormNotWorking({ used }: { used: boolean }) {
  const service = getService();
  return (
    <>
      <h1 className="nhsuk-heading-l">{used ? "This link has already been used" : "This link is not working"}</h1>
      <p>
        {used
          ? "Each link opens a saved form once. If you opened it on another device, carry on there, or ask for a new link from the form."
          : `The form may already have been sent or deleted, the link may be more than ${RETURN_LINK_DAYS} days old, a newer link may have been sent, or it may have been copied wrongly. Saved answers are deleted after ${RETURN_LINK_DAYS} days.`}
      </p>
      <p>
        You can <Link href="/refer">start the form again</Link>, or call us on{" "}
        <a href={telHref(service.phone)}>{service.phone}</a> ({service.phoneHours}).
      </p>
      <CrisisGuidance nation={service.nation} headingLevel={2} />
    </>
  );
}
