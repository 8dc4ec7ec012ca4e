import "server-only";
// The triage domain for app/: each call uses the shared database client.
import type { StaffContext } from "@/lib/auth/guard";
import { getEnv } from "@/lib/config";
import { getDb } from "@/lib/db";
import type { AuditFilter } from "@/lib/audit/browse";
import { readAuditLog } from "./audit-log";
import { getQueueClient } from "@/lib/jobs";
import { addNote, assignReferral, changeStatus } from "./changes";
import type { OutcomeChoice } from "./outcome-change";
import { eraseReferral, exportInboxCsv, subjectAccessRecord } from "./data-protection";
import type { Erasure } from "./erasure";
import type { InboxFilter } from "./filters";
import { mailFolder } from "@/lib/mail";
import { listEmailsNotSent, resendEmails } from "./emails-not-sent";
import { listRefusedReturnLinks, resendReturnLink } from "./refused-return-links";
import { listInbox } from "./inbox";
import { dismissDuplicate, linkDuplicate } from "./duplicates";
import type { Status } from "./labels";
import { viewReferral } from "./referral";
import { changeProgramme, changeUrgency } from "./referral-changes";
import { savedSearchTerm, saveSearch, withSavedSearchWords } from "./saved-search";
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
  linkDuplicate: (context: StaffContext, matchId: string) => linkDuplicate(getDb(), context, matchId),
  dismissDuplicate: (context: StaffContext, matchId: string) => dismissDuplicate(getDb(), context, matchId),
  addNote: (context: StaffContext, id: string, body: string) => addNote(getDb(), context, id, body),
  exportCsv: (context: StaffContext, filter: InboxFilter) => exportInboxCsv(getDb(), context, filter),
  subjectAccess: (context: StaffContext, id: string) => subjectAccessRecord(getDb(), context, id),
  erase: (context: StaffContext, id: string, erasure: Erasure) =>
    eraseReferral(getDb(), context, id, erasure, getEnv().SMTP_URL ? undefined : mailFolder(getEnv())),
  audit: (context: StaffContext, filter: AuditFilter) => readAuditLog(getDb(), context, filter),
  emailsNotSent: () => listEmailsNotSent(getDb()),
  resendEmails: async (context: StaffContext, referralId: string) =>
    resendEmails(getDb(), await getQueueClient(getEnv().DATABASE_URL ?? ""), context, referralId),
  refusedReturnLinks: () => listRefusedReturnLinks(getDb()),
  resendReturnLink: async (context: StaffContext, linkId: string) =>
    resendReturnLink(getDb(), await getQueueClient(getEnv().DATABASE_URL ?? ""), context, linkId),
  heldSubmissions: () => listHeldSubmissions(getDb()),
  heldWaiting: () => countHeldSubmissions(getDb()),
  releaseHeld: async (context: StaffContext, id: string) =>
    releaseHeldSubmission(getDb(), await getQueueClient(getEnv().DATABASE_URL ?? ""), context, id),
  discardHeld: (context: StaffContext, id: string) => discardHeldSubmission(getDb(), context, id),
  saveSearch: (context: StaffContext, term: string) => saveSearch(getDb(), context, term),
  savedSearchTerm: (context: StaffContext, id: string | undefined) => savedSearchTerm(getDb(), context, id),
  withSavedSearchWords: (context: StaffContext, filter: InboxFilter) => withSavedSearchWords(getDb(), context, filter),
};

export { auditFilterSchema, type AuditFilter, type AuditRow } from "@/lib/audit/browse";
export { AUDIT_ACTIONS } from "@/lib/audit/record";
export { AUDIT_ACTION_LABELS } from "./audit-words";
export type { ReadableAuditRow } from "./audit-log";
export { filterToQuery, parseInboxFilter, type InboxFilter } from "./filters";
export type { ChangeResult } from "./changes";
export type { EmailNotSentRow } from "./emails-not-sent";
export type { RefusedReturnLinkRow } from "./refused-return-links";
export type { HeldSummary } from "@/lib/referrals/held-submissions";
export type { InboxPage, InboxRow } from "./inbox";
export * from "./labels";
export type { ReferralDetail } from "./referral";
export type { DuplicateLink } from "./duplicates";
export { TRANSITIONS, REASON_REQUIRED } from "./workflow";
