import type { Metadata } from "next";
import { connection } from "next/server";
import { CrisisGuidance } from "@/components/crisis/crisis-guidance";
import { CrisisReminder } from "@/components/crisis/crisis-reminder";
import { getService } from "@/lib/config";
import { telHref } from "@/lib/content/phone";

export const metadata: Metadata = {
  title: "Thank you",
  robots: { index: false, follow: false },
  referrer: "same-origin",
};

/** After sending: what happens now. The crisis lines stay at the top after a yes or not sure. */
export default async function SentPage({ searchParams }: { searchParams: Promise<Record<string, unknown>> }) {
  await connection();
  const help = (await searchParams).help === "1";
  const service = getService();
  return (
    <>
      {help && <CrisisReminder audience="young-person" />}
      <div className="nhsuk-panel nhsuk-panel--confirmation">
        <h1 className="nhsuk-panel__title">Thank you for telling us</h1>
      </div>
      <p>Our team will read what you wrote with the rest of the information we have.</p>
      <p>
        We will get in touch in the way you chose, if we can. If you want to talk to us, call{" "}
        <a href={telHref(service.phone)}>{service.phone}</a> ({service.phoneHours}).
      </p>
      <CrisisGuidance nation={service.nation} audience="young-person" headingLevel={2} />
    </>
  );
}
