import { staffDownloadRoute } from "@/lib/auth";
import { parseInboxFilter, triage } from "@/lib/triage";

/**
 * The inbox's current search and filters as CSV (admins only; every export is audited with the
 * referrals it included). POST only, with the person's password again (review L-5): a link or image
 * on another site cannot start it, and neither can someone at a PC left signed in.
 */
export const POST = staffDownloadRoute("referral:export", async (form, context) => {
  const fields = Object.fromEntries(
    [...form].filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === "string" && entry[0] !== "password" && entry[0] !== "returnTo",
    ),
  );
  const filter = await triage.withSavedSearchWords(context, parseInboxFilter(fields).filter);
  const { csv } = await triage.exportCsv(context, filter);
  const stamp = new Date().toISOString().slice(0, 16).replace(/[-:T]/g, "");
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="referrals-${stamp}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
