import type { Metadata } from "next";
import { connection } from "next/server";
import { CheckProgressForm } from "@/components/progress/check-progress-form";
import { CrisisGuidance } from "@/components/crisis/crisis-guidance";
import { getService } from "@/lib/config";
import { checkProgressAction } from "./actions";
import { telHref } from "@/lib/content/phone";

export const metadata: Metadata = { title: "Check the progress of a referral", referrer: "same-origin" };

/** Reference and date of birth in; the stage out, on the next page. Works without JavaScript. */
export default async function CheckProgressPage() {
  // Rendered per request: the form needs the per-request CSP nonce.
  await connection();
  const service = getService();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Check the progress of a referral</h1>
        <p>
          Enter the reference you were given when the form was sent, and the date of birth of the person it is about. We
          will show how far the referral has got. We do not show any names or answers.
        </p>
        <CheckProgressForm
          action={checkProgressAction}
          contact={{ phone: service.phone, phoneHours: service.phoneHours, nation: service.nation }}
        />
        <p>
          If you have lost the reference, call us on <a href={telHref(service.phone)}>{service.phone}</a> (
          {service.phoneHours}).
        </p>
        <CrisisGuidance nation={service.nation} headingLevel={2} />
      </div>
    </div>
  );
}
