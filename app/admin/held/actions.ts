"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction } from "@/lib/auth";
import { triage } from "@/lib/triage";

const heldId = z.uuid({ error: "Unknown held submission" });

// Authorised on the server (referral:update), whatever the page showed; audited as
// held_submission.released / held_submission.discarded.
export const releaseHeldAction = staffAction("referral:update", z.object({ heldId }), async (input, context) => {
  const result = await triage.releaseHeld(context, input.heldId);
  if (!result.ok) return { message: result.message };
  redirect(`/admin/held?released=${encodeURIComponent(result.reference ?? "")}#main-content`);
});

export const discardHeldAction = staffAction("referral:update", z.object({ heldId }), async (input, context) => {
  const result = await triage.discardHeld(context, input.heldId);
  if (!result.ok) return { message: result.message };
  redirect("/admin/held?discarded=1#main-content");
});
