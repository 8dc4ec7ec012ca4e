import { staffRoute } from "@/lib/auth";
import { parseInboxFilter, triage } from "@/lib/triage";

/** The inbox's current search and filters as CSV (admins only; every export is audited). */
export const GET = staffRoute("referral:export", async (request, context) => {
  const { filter } = parseInboxFilter(Object.fromEntries(new URL(request.url).searchParams));
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
