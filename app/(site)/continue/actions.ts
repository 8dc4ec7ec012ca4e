"use server";

import { redirect } from "next/navigation";
import { setDraftToken } from "@/app/_journey/request";
import { getDb } from "@/lib/db";
import { loadDraft } from "@/lib/referrals/drafts";
import { journeys } from "@/lib/referrals/journeys/registry";
import { restoreDraft } from "@/lib/referrals/return-links";
import { resumePath } from "@/lib/referrals/resume-path";
import { RETURN_PATH } from "@/lib/referrals/return-link";

/**
 * "Continue with your form": spends the link, gives this browser the draft's cookie, and opens
 * the first question not yet answered. A link that stopped working shows its page again, which
 * now says so.
 */
export async function continueSavedForm(token: string): Promise<void> {
  const restored = await restoreDraft(getDb(), String(token)).catch(() => null);
  const journey = restored && Object.values(journeys).find((j) => j.kind === restored.journey);
  if (!restored || !journey) redirect(`${RETURN_PATH}/${encodeURIComponent(String(token))}`);
  await setDraftToken(journey, restored.draftToken);
  const draft = await loadDraft(restored.draftToken, journey).catch(() => null);
  redirect(resumePath(journey, draft?.answers ?? {}, draft?.typedPage?.step));
}
