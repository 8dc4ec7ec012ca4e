import Link from "next/link";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { connection } from "next/server";
import { CrisisGuidance } from "@/components/crisis/crisis-guidance";
import { ProgressStages } from "@/components/progress/progress-stages";
import { getAuthSecret } from "@/lib/auth/secret";
import { getService } from "@/lib/config";
import { PASS_MINUTES, progress, readPass, type Progress } from "@/lib/progress";
import { PASS_COOKIE } from "@/lib/progress/cookie";
import { forgetProgressAction } from "../actions";
import { telHref } from "@/lib/content/phone";

export const metadata: Metadata = {
  title: "Progress of a referral",
  robots: { index: false, follow: false },
  referrer: "same-origin",
};

const day = (d: Date) => d.toLocaleDateString("en-GB", { timeZone: "Europe/London", dateStyle: "long" });

/** The stage, the outcome's words, the date of the last change, the response standard and the crisis lines. */
export default async function ProgressResultPage() {
  await connection();
  const service = getService();
  const referralId = readPass((await cookies()).get(PASS_COOKIE)?.value, getAuthSecret());
  const found: Progress | null = referralId ? await progress.read(referralId).catch(() => null) : null;
  const days = service.responseWorkingDays === 1 ? "1 working day" : `${service.responseWorkingDays} working days`;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Progress of a referral</h1>
        {found ? (
          <>
            <ProgressStages current={found.stage} />
            {found.outcomeWords && (
              <div className="nhsuk-inset-text">
                <p data-testid="outcome">{found.outcomeWords}</p>
                {found.sharedText && <p>{found.sharedText}</p>}
              </div>
            )}
            <p>Last changed on {day(found.lastChangedAt)}.</p>
          </>
        ) : (
          <p>
            We cannot show the progress of this referral. Check the reference and date of birth again, or call us on{" "}
            {service.phone} ({service.phoneHours}).
          </p>
        )}
        <p>
          We aim to contact everyone within {days} of receiving their form. If you have not heard from us by then, call
          us on <a href={telHref(service.phone)}>{service.phone}</a> ({service.phoneHours}).
        </p>
        <p>
          <Link href="/check-progress">Check another referral</Link>
        </p>
        {found && (
          <form action={forgetProgressAction}>
            <p>On a shared device, this page shows for {PASS_MINUTES} minutes unless you forget it now.</p>
            <button className="nhsuk-button nhsuk-button--secondary" type="submit">
              Forget this check
            </button>
          </form>
        )}
        <CrisisGuidance nation={service.nation} headingLevel={2} heading="If you need help while you wait" />
      </div>
    </div>
  );
}
