"use server";

import { z } from "zod";
import { staffResultAction } from "@/lib/auth";
import { getAuthSecret } from "@/lib/auth/secret";
import { siteUrl } from "@/lib/content/site-url";
import { getDb } from "@/lib/db";
import { freshLinkForStaff } from "@/lib/young-person/links";

export type NewLinkState = { url: string; expiresAt: string } | { message: string };

/**
 * A new private link for staff to text to the young person (there is no text-message service).
 * Shown once, on this response only; the old link stops working; audited.
 */
export const newYoungPersonLinkAction = staffResultAction<NewLinkState>("referral:update", async (form, context) => {
  const referralId = z.uuid().safeParse(form.get("referralId"));
  if (!referralId.success) return { message: "This referral could not be found." };
  const link = await freshLinkForStaff(
    getDb(),
    getAuthSecret(),
    siteUrl().toString(),
    referralId.data,
    context.staff.id,
  );
  if (!link)
    return { message: "There is no unused link for this referral: the young person may have answered already." };
  return { url: link.url, expiresAt: link.expiresAt.toISOString() };
});
