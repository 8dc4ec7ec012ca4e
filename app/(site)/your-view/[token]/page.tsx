import type { Metadata } from "next";
import { connection } from "next/server";
import { CrisisLinesInline } from "@/components/crisis/crisis-lines-inline";
import { LinkNotWorking } from "@/components/young-person/link-not-working";
import { getService } from "@/lib/config";
import { getDb } from "@/lib/db";
import { linkState } from "@/lib/young-person/links";
import { YourViewForm } from "@/components/young-person/your-view-form";
import { sendYoungPersonView } from "../actions";

// The link is a key: no search engine, no cache (proxy.ts), and no Referer carrying it to another site.
export const metadata: Metadata = {
  title: "Share your view",
  robots: { index: false, follow: false },
  referrer: "same-origin",
};

/** The young person's own page: their view, in words a 12-year-old reads easily; nothing the referrer wrote. */
export default async function YourViewPage({ params }: { params: Promise<{ token: string }> }) {
  // Rendered for each request: the link's state changes, and the page needs the per-request CSP nonce.
  await connection();
  const { token } = await params;
  const state = await linkState(getDb(), token).catch(() => "unknown" as const);
  if (state !== "open") return <LinkNotWorking used={state === "used"} />;
  const service = getService();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1 className="nhsuk-heading-l">Share your view</h1>
        {/* Before any answer and without JavaScript: help is on the page from the start. */}
        <aside className="nhsuk-card app-crisis-box" aria-label="If you need help now">
          <div className="nhsuk-card__content">
            <CrisisLinesInline nation={service.nation} audience="young-person" />
          </div>
        </aside>
        <p>Someone who knows you asked us to help you. We would like to hear from you too, in your own words.</p>
        <ul>
          <li>Only our team will read your answers.</li>
          <li>The person who asked us will not see them.</li>
          <li>You do not have to answer everything. You can only send this once.</li>
        </ul>
        <p>
          If we are worried you might not be safe, we may need to tell other people who can help keep you safe. We would
          talk to you about this first if we can.
        </p>
        <YourViewForm
          action={sendYoungPersonView.bind(null, token)}
          contact={{
            phone: service.phone,
            phoneHours: service.phoneHours,
            nation: service.nation,
            audience: "young-person",
          }}
        />
      </div>
    </div>
  );
}
