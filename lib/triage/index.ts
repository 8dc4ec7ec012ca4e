import "server-only";
// The triage domain for app/: each call uses the shared database client.
import type { StaffContext } from "@/lib/auth/guard";
import { getEnv } from "@/lib/config";
import { getDb } from "@/lib/db";
import { browseAudit, type AuditFilter } from "@/lib/audit/browse";
import { getQueueClient } from "@/lib/jobs";
import { addNote, assignReferral, changeStatus } from "./changes";
import type { OutcomeChoice } from "./outcome-change";
import { eraseReferral, exportInboxCsv, subjectAccessRecord } from "./data-protection";
import type { Erasure } from "./erasure";
import type { InboxFilter } from "./filters";
import { mailFolder } from "@/lib/mail";
import { listEmailsNotSent, resendEmails } from "./emails-not-sent";
import { listInbox } from "./inbox";
import type { Status } from "./labels";
import { viewReferral } from "./referral";
import { changeProgramme, changeUrgency } from "./referral-changes";
import {
  countHeldSubmissions,
  discardHeldSubmission,
  listHeldSubmissions,
  releaseHeldSubmission,
} from "@/lib/referrals/held-submissions";

export const triage = {
  inbox: (context: StaffContext, filter: InboxFilter) => listInbox(getDb(), context, filter),
  referral: (context: StaffContext, id: string) => viewReferral(getDb(), context, id),
  assign: (context: StaffContext, id: string, assigneeId: string | null) =>
    assignReferral(getDb(), context, id, assigneeId),
  changeStatus: (
    context: StaffContext,
    id: string,
    change: { from: Status; to: Status; reason?: string } & OutcomeChoice,
  ) => changeStatus(getDb(), context, id, change, () => getQueueClient(getEnv().DATABASE_URL ?? "")),
  changeProgramme: (context: StaffContext, id: string, change: { to: string | null; reason?: string }) =>
    changeProgramme(getDb(), context, id, change),
  changeUrgency: (context: StaffContext, id: string, change: { urgent: boolean; reason?: string }) =>
    changeUrgency(getDb(), context, id, change),
  addNote: (context: StaffContext, id: string, body: string) => addNote(getDb(), context, id, body),
  exportCsv: (context: StaffContext, filter: InboxFilter) => exportInboxCsv(getDb(), context, filter),
  subjectAccess: (context: StaffContext, id: string) => subjectAccessRecord(getDb(), context, id),
  erase: (context: StaffContext, id: string, erasure: Erasure) =>
    eraseReferral(getDb(), context, id, erasure, getEnv().SMTP_URL ? undefined : mailFolder(getEnv())),
  audit: (context: StaffContext, filter: AuditFilter) => browseAudit(getDb(), context, filter),
  emailsNotSent: () => listEmailsNotSent(getDb()),
  resendEmails: async (context: StaffContext, referralId: string) =>
    resendEmails(getDb(), await getQueueClient(getEnv().DATABASE_URL ?? ""), context, referralId),
  heldSubmissions: () => listHeldSubmissions(getDb()),
  heldWaiting: () => countHeldSubmissions(getDb()),
  releaseHeld: async (context: StaffContext, id: string) =>
    releaseHeldSubmission(getDb(), await getQueueClient(getEnv().DATABASE_URL ?? ""), context, id),
  discardHeld: (context: StaffContext, id: string) => discardHeldSubmission(getDb(), context, id),
};

export { auditFilterSchema, type AuditFilter, type AuditRow } from "@/lib/audit/browse";
export { AUDIT_ACTIONS } from "@/lib/audit/record";
export { filterToQuery, parseInboxFilter, type InboxFilter } from "./filters";
export type { ChangeResult } from "./changes";
export type { EmailNotSentRow } from "./emails-not-sent";
export type { HeldSummary } from "@/lib/referrals/held-submissions";
export type { InboxPage, InboxRow } from "./inbox";
export * from "./labels";
export type { ReferralDetail } from "./referral";
export { TRANSITIONS, REASON_REQUIRED } from "./workflow";
