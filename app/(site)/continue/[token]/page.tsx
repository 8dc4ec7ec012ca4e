import type { Metadata } from "next";
import { connection } from "next/server";
import { SavedFormNotWorking } from "@/components/journey/saved-form-not-working";
import { ExitThisPage } from "@/components/privacy/exit-this-page";
import { getDb } from "@/lib/db";
import { EXIT_PATH } from "@/lib/referrals/privacy-paths";
import { RETURN_LINK_DAYS } from "@/lib/referrals/return-link";
import { returnLinkState } from "@/lib/referrals/return-links";
import { continueSavedForm } from "../actions";

// The link is a key: no search engine, no cache (proxy.ts), and no Referer carrying it to another site.
export const metadata: Metadata = {
  title: "Carry on with your form",
  robots: { index: false, follow: false },
  referrer: "same-origin",
};

const day = (d: Date) => d.toLocaleDateString("en-GB", { timeZone: "Europe/London", dateStyle: "long" });

/**
 * Where the emailed link lands. Opening it changes nothing (mail scanners open links too): the
 * button spends it. Says how long saved answers are kept.
 */
export default async function ContinuePage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const link = await returnLinkState(getDb(), token).catch(() => ({ state: "unknown" as const }));
  if (link.state !== "open") return <SavedFormNotWorking used={link.state === "used"} />;
  return (
    <>
      <ExitThisPage href={EXIT_PATH} />
      <h1 className="nhsuk-heading-l">Carry on with your form</h1>
      <p>
        We keep saved answers for {RETURN_LINK_DAYS} days from when you saved them. We will delete yours on{" "}
        {day(link.keptUntil)} if you have not sent the form by then.
      </p>
      <p>This link works once. When you continue, your answers open on this device only.</p>
      <p>If you are on a shared device, close all browser windows when you finish.</p>
      <form action={continueSavedForm.bind(null, token)}>
        <button type="submit" className="nhsuk-button">
          Continue with your form
        </button>
      </form>
    </>
  );
}
