import { staffRoute } from "@/lib/auth";
import { parseInboxFilter, triage } from "@/lib/triage";

/**
 * The inbox's current search and filters as CSV (admins only; every export is audited with the
 * referrals it included). POST only (review L-5): a link or image on another site cannot start it.
 */
export const POST = staffRoute("referral:export", async (request, context) => {
  const form = await request.formData().catch(() => new FormData());
  const fields = Object.fromEntries(
    [...form].filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
  const { filter } = parseInboxFilter(fields);
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
