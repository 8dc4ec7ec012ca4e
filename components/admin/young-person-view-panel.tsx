import { newYoungPersonLinkAction } from "@/app/admin/referrals/[id]/young-person/actions";
import { getDb } from "@/lib/db";
import { viewRows, type YoungPersonAnswers } from "@/lib/young-person/view-form";
import { AnswersList } from "./answers-list";
import { formatDateTime } from "./format";
import { YoungPersonLinkForm } from "./young-person-link-form";

/**
 * "The young person's own view", beside the referrer's account: their answers when they have sent
 * them, otherwise when they were invited, how, and until when.
 */
export async function YoungPersonViewPanel({ referralId }: { referralId: string }) {
  const view = await getDb().youngPersonView.findUnique({ where: { referralId } });
  if (!view) return null;
  const now = new Date();
  return (
    <section aria-labelledby="young-person-view-heading" className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading" id="young-person-view-heading">
          The young person&apos;s own view
        </h2>
        {view.answeredAt ? (
          <>
            <p>Received {formatDateTime(view.answeredAt)}. The person who referred them has not seen these answers.</p>
            <AnswersList
              rows={viewRows(view.answers as Partial<YoungPersonAnswers>).map((r) => ({
                label: r.key,
                value: r.value,
              }))}
            />
          </>
        ) : (
          <>
            <p>
              Invited on {formatDateTime(view.invitedAt)}
              {view.email ? ` by email (${view.email})` : ` by phone (${view.phone})`}. Not answered yet.{" "}
              {view.expiresAt > now ? `The link expires ${formatDateTime(view.expiresAt)}.` : "The link has expired."}
            </p>
            {view.phone && !view.email && (
              <p>
                <strong>Ask the team to text this young person a link.</strong> There is no automatic text message.
              </p>
            )}
            {view.email && !view.invitedEmailSentAt && <p>The email has not been sent yet.</p>}
            <YoungPersonLinkForm referralId={referralId} action={newYoungPersonLinkAction} />
          </>
        )}
      </div>
    </section>
  );
}
