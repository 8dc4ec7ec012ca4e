import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AnswersList, RiskCallout } from "@/components/admin/answers-list";
import { DuplicatePanel } from "@/components/admin/duplicate-panel";
import { DownloadForm } from "@/components/admin/download-form";
import { EmailNotSentWarning } from "@/components/admin/email-not-sent-warning";
import { formatDateTime, plural } from "@/components/admin/format";
import { ProgrammeAndUrgencyForms } from "@/components/admin/programme-and-urgency-forms";
import { ReferralActions } from "@/components/admin/referral-actions";
import { ServerForm } from "@/components/forms/server-form";
import { EmailNotSentTag, StatusTag, UrgentTag } from "@/components/admin/status-tag";
import { Timeline } from "@/components/admin/timeline";
import { DOWNLOAD_REFUSED, requireStaff, roleAllows } from "@/lib/auth";
import { getService } from "@/lib/config";
import { JOURNEY_LABELS, triage } from "@/lib/triage";
import { ERASURE_REASONS } from "@/lib/triage/erasure";
import {
  addNoteAction,
  assignAction,
  changeProgrammeAction,
  changeStatusAction,
  changeUrgencyAction,
  dismissDuplicateAction,
  eraseAction,
  linkDuplicateAction,
} from "./actions";
import { staffAccounts } from "@/lib/staff";
import { YoungPersonViewPanel } from "@/components/admin/young-person-view-panel";
import { MeasureScoresPanel } from "@/components/admin/measure-scores-panel";

export const metadata: Metadata = { title: "Referral" };

const DONE: Record<string, string> = {
  assigned: "Assignment saved.",
  status: "Status changed.",
  note: "Note added.",
  programme: "Programme changed.",
  urgency: "Urgency changed.",
  linked: "Referrals linked. Both are kept.",
  dismissed: "Possible duplicate dismissed.",
};

export default async function ReferralPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const context = await requireStaff("referral:view");
  const { id } = await params;
  const referral = await triage.referral(context, id);
  if (!referral) notFound();
  const [staff, query] = await Promise.all([staffAccounts.assignable(), searchParams]);
  const done = DONE[String(query.done ?? "")];
  const service = getService();
  const programmeName = (id: string | null) =>
    id === null ? null : (service.programmes.find((p) => p.id === id)?.name ?? id);
  const programme = programmeName(referral.programme);
  const suggested = programmeName(referral.suggestedProgramme);
  const isAdmin = roleAllows(context.staff.role, "referral:erase");

  return (
    <>
      <a className="nhsuk-back-link" href="/admin">
        Back to the inbox
      </a>
      {done && (
        <div className="nhsuk-inset-text" role="status">
          <p>{done}</p>
        </div>
      )}
      <h1>
        <span className="nhsuk-caption-l">{JOURNEY_LABELS[referral.journey]}</span>
        Referral <span className="admin-nowrap">{referral.reference}</span>
      </h1>
      <p>
        <StatusTag status={referral.status} /> {referral.urgent && <UrgentTag />}{" "}
        {referral.emailToTeamNotSent && <EmailNotSentTag />}
      </p>
      {referral.emailToTeamNotSent && <EmailNotSentWarning />}
      <DuplicatePanel
        referralId={referral.id}
        duplicates={referral.duplicates}
        actions={{ link: linkDuplicateAction, dismiss: dismissDuplicateAction }}
      />
      <RiskCallout
        rows={referral.riskAnswers}
        urgent={referral.urgent}
        flags={referral.flags}
        contactRestrictions={referral.contactRestrictions}
      />
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Received</dt>
          <dd className="nhsuk-summary-list__value">
            {formatDateTime(referral.createdAt)}, waiting {plural(referral.waiting.workingDays, "working day")}
            {referral.waiting.overdue && (
              <strong className="admin-overdue"> — past the {service.responseWorkingDays}-working-day target</strong>
            )}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Programme</dt>
          <dd className="nhsuk-summary-list__value">
            {programme ?? "None"}
            {referral.programme === referral.suggestedProgramme ? (
              programme && " (suggested from age and who referred)"
            ) : (
              <> (suggested: {suggested ?? "none"})</>
            )}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Assigned to</dt>
          <dd className="nhsuk-summary-list__value">{referral.assignee ?? "No one"}</dd>
        </div>
      </dl>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {referral.person.length > 0 && (
            <>
              <h2>Person</h2>
              <AnswersList rows={referral.person} />
            </>
          )}
          <h2>Answers</h2>
          <p className="nhsuk-body-s">
            As the person saw them before sending, what is happening first; the risk answers are in the box above.
          </p>
          {referral.answerPages.map((page) => (
            <section key={page.title} aria-label={page.title}>
              <h3 className="nhsuk-heading-s">{page.title}</h3>
              <AnswersList rows={page.rows} />
            </section>
          ))}
          {referral.answers.length > 0 && (
            <>
              <h3 className="nhsuk-heading-s">Other answers</h3>
              <AnswersList rows={referral.answers} />
            </>
          )}
          {referral.consent.length > 0 && (
            <>
              <h2>Consent and parental responsibility</h2>
              <AnswersList rows={referral.consent} />
            </>
          )}
          <MeasureScoresPanel referralId={referral.id} />
          <YoungPersonViewPanel referralId={referral.id} />
          <h2>Timeline</h2>
          <Timeline entries={referral.timeline} />
        </div>
        <div className="nhsuk-grid-column-one-third">
          <ReferralActions
            referralId={referral.id}
            journey={referral.journey}
            status={referral.status}
            assigneeId={referral.assigneeId}
            staff={staff}
            programme={referral.programme}
            actions={{ assign: assignAction, changeStatus: changeStatusAction, addNote: addNoteAction }}
          />
          <ProgrammeAndUrgencyForms
            referralId={referral.id}
            programme={referral.programme}
            urgent={referral.urgent}
            programmes={service.programmes}
            actions={{ changeProgramme: changeProgrammeAction, changeUrgency: changeUrgencyAction }}
          />
          {isAdmin && (
            <>
              <h2>Data protection</h2>
              <DownloadForm
                action={`/admin/referrals/${referral.id}/subject-access`}
                returnTo={`/admin/referrals/${referral.id}`}
                refused={query.download === DOWNLOAD_REFUSED}
              >
                Download the full record (subject access request)
              </DownloadForm>
              <details className="nhsuk-details">
                <summary className="nhsuk-details__summary">
                  <span className="nhsuk-details__summary-text">Erase this record</span>
                </summary>
                <div className="nhsuk-details__text">
                  <p>
                    Erasing removes the referral, its notes, its history and any local copies of its emails for good.
                    The audit log keeps only that it was erased, by whom and why.
                  </p>
                  <ServerForm
                    id="erase-form"
                    action={eraseAction}
                    hidden={{ referralId: referral.id }}
                    submitLabel="Erase this record"
                    variant="warning"
                    fields={[
                      {
                        kind: "radios",
                        name: "eraseReason",
                        label: "Why is it being erased?",
                        options: Object.entries(ERASURE_REASONS).map(([value, label]) => ({ value, label })),
                      },
                      {
                        kind: "text",
                        spellCheck: false,
                        name: "caseReference",
                        label: "Information governance case number (optional)",
                        hint: "Letters, numbers, hyphens and slashes. Never their name or NHS number: the audit log keeps this for good.",
                        width: 20,
                      },
                      { kind: "text", spellCheck: false, name: "confirm", label: "Type ERASE to confirm", width: 10 },
                    ]}
                  />
                </div>
              </details>
            </>
          )}
        </div>
      </div>
    </>
  );
}
