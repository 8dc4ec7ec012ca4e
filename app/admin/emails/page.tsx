import type { Metadata } from "next";
import { EmailsNotSentTable } from "@/components/admin/emails-not-sent-table";
import { RefusedReturnLinksTable } from "@/components/admin/refused-return-links-table";
import { requireStaff } from "@/lib/auth";
import { triage } from "@/lib/triage";
import { resendEmailAction, resendReturnLinkAction } from "./actions";

export const metadata: Metadata = { title: "Emails not sent" };

export default async function EmailsNotSentPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireStaff("referral:update");
  const [rows, refusedLinks, query] = await Promise.all([
    triage.emailsNotSent(),
    triage.refusedReturnLinks(),
    searchParams,
  ]);
  return (
    <>
      {query.sent && (
        <div className="nhsuk-inset-text" role="status">
          <p>Queued to send again. If the mail server still refuses it, it will come back to this list.</p>
        </div>
      )}
      <h1>Emails not sent</h1>
      <p>
        Emails the mail server refused, or that could not be sent after a week of trying. The referrals themselves are
        safe in the inbox: triage them from there. If the email to the team is refused, check the service&apos;s email
        settings before sending again.
      </p>
      {rows.length ? (
        <EmailsNotSentTable rows={rows} resend={resendEmailAction} />
      ) : (
        <p>There are no emails waiting for you.</p>
      )}
      <h2>Save and come back later links not sent</h2>
      <p>
        Links to a half-finished form that the mail server refused, or that could not be sent after days of trying. No
        referral has been sent yet, so there is no one to contact: the person is waiting for a link that has not come.
        If several are listed, check the service&apos;s email settings, then send them again. Each link works for 7 days
        from when it was asked for.
      </p>
      {refusedLinks.length ? (
        <RefusedReturnLinksTable rows={refusedLinks} resend={resendReturnLinkAction} />
      ) : (
        <p>No links have been refused.</p>
      )}
    </>
  );
}
