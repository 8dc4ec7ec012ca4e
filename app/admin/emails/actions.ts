"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction } from "@/lib/auth";
import { triage } from "@/lib/triage";

// Authorised on the server (referral:update), whatever the page showed; audited as referral.email_resent.
export const resendEmailAction = staffAction(
  "referral:update",
  z.object({ referralId: z.uuid() }),
  async (input, context) => {
    const result = await triage.resendEmails(context, input.referralId);
    if (!result) return { message: "That referral no longer exists or has been anonymised." };
    redirect("/admin/emails?sent=1");
  },
);

// A refused "Save and come back later" email (no referral yet); audited as draft_return_link.email_resent.
export const resendReturnLinkAction = staffAction(
  "referral:update",
  z.object({ linkId: z.uuid() }),
  async (input, context) => {
    const result = await triage.resendReturnLink(context, input.linkId);
    if (!result) return { message: "That link has been used, has run out, or the form was deleted." };
    redirect("/admin/emails?sent=1");
  },
);
