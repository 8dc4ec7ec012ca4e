"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction } from "@/lib/auth";
import type { Refusal } from "@/lib/forms/action";
import type { ChangeResult } from "@/lib/triage";
import { NO_PROGRAMME, STATUSES, triage } from "@/lib/triage";
import { erasureCaseReference, erasureReason } from "@/lib/triage/erasure";

const referralId = z.uuid({ error: "Unknown referral" });

function outcome(id: string, result: ChangeResult, done: string): Refusal {
  if (!result.ok) return result.field ? { errors: { [result.field]: [result.message] } } : { message: result.message };
  redirect(`/admin/referrals/${id}?done=${done}#main-content`);
}

export const assignAction = staffAction(
  "referral:update",
  z.object({ referralId, assigneeId: z.string().max(64) }),
  async (input, context) =>
    outcome(input.referralId, await triage.assign(context, input.referralId, input.assigneeId || null), "assigned"),
);

export const changeStatusAction = staffAction(
  "referral:update",
  z.object({
    referralId,
    from: z.enum(STATUSES),
    to: z.enum(STATUSES, { error: "Choose the new status" }),
    reason: z.string().max(2000, { error: "The reason must be 2,000 characters or fewer" }).optional(),
    outcomeWords: z.string().max(40).optional(),
    sharedText: z.string().max(5000).optional(),
    shareWithPerson: z.string().max(10).optional(),
  }),
  async (input, context) =>
    outcome(
      input.referralId,
      await triage.changeStatus(context, input.referralId, {
        ...input,
        shareWithPerson: input.shareWithPerson === "yes",
      }),
      "status",
    ),
);

const changeReason = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `Enter the reason for changing the ${what}` })
    .max(2000, { error: "The reason must be 2,000 characters or fewer" });

/** The library names its fields "to", "urgent" and "reason"; the forms' names are unique on the page. */
function renamed(result: ChangeResult, names: Record<string, string>): ChangeResult {
  return !result.ok && result.field ? { ...result, field: names[result.field] ?? result.field } : result;
}

export const changeProgrammeAction = staffAction(
  "referral:update",
  z.object({
    referralId,
    // Checked against the service's programmes by triage.changeProgramme, which knows them.
    programme: z.string({ error: "Choose the programme" }).min(1, { error: "Choose the programme" }).max(40),
    programmeReason: changeReason("programme"),
  }),
  async (input, context) => {
    const result = await triage.changeProgramme(context, input.referralId, {
      to: input.programme === NO_PROGRAMME ? null : input.programme,
      reason: input.programmeReason,
    });
    return outcome(input.referralId, renamed(result, { to: "programme", reason: "programmeReason" }), "programme");
  },
);

export const changeUrgencyAction = staffAction(
  "referral:update",
  z.object({
    referralId,
    urgency: z.enum(["urgent", "routine"], { error: "Choose urgent or routine" }),
    urgencyReason: changeReason("urgency"),
  }),
  async (input, context) => {
    const result = await triage.changeUrgency(context, input.referralId, {
      urgent: input.urgency === "urgent",
      reason: input.urgencyReason,
    });
    return outcome(input.referralId, renamed(result, { urgent: "urgency", reason: "urgencyReason" }), "urgency");
  },
);

export const addNoteAction = staffAction(
  "referral:note",
  z.object({
    referralId,
    body: z
      .string()
      .trim()
      .min(1, { error: "Enter the note" })
      .max(5000, { error: "A note must be 5,000 characters or fewer" }),
  }),
  async (input, context) =>
    outcome(input.referralId, await triage.addNote(context, input.referralId, input.body), "note"),
);

export const eraseAction = staffAction(
  "referral:erase",
  z.object({
    referralId,
    eraseReason: erasureReason,
    caseReference: erasureCaseReference,
    confirm: z.literal("ERASE", { error: "Type ERASE to confirm" }),
  }),
  async (input, context) => {
    const erasure = { reason: input.eraseReason, caseReference: input.caseReference };
    if (!(await triage.erase(context, input.referralId, erasure)))
      return { message: "This referral no longer exists." };
    redirect("/admin?erased=1");
  },
);

const matchId = z.uuid({ error: "Unknown match" });

export const linkDuplicateAction = staffAction(
  "referral:update",
  z.object({ referralId, matchId }),
  async (input, context) => outcome(input.referralId, await triage.linkDuplicate(context, input.matchId), "linked"),
);

export const dismissDuplicateAction = staffAction(
  "referral:update",
  z.object({ referralId, matchId }),
  async (input, context) =>
    outcome(input.referralId, await triage.dismissDuplicate(context, input.matchId), "dismissed"),
);
