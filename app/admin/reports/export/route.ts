import { staffRoute } from "@/lib/auth";
import { CHART_IDS, parsePeriod, reports, type ChartId } from "@/lib/reports";

/**
 * One report section's numbers as CSV (admins only, audited). A GET link: it holds counts and
 * times, nobody's details, so it needs none of the inbox export's POST protection.
 */
export const GET = staffRoute("report:view", async (request, context) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const chart = params.chart as ChartId;
  if (!CHART_IDS.includes(chart)) {
    return new Response("Choose a report section to download.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const period = parsePeriod(params, new Date());
  if (Object.keys(period.errors).length > 0) {
    return new Response(`${Object.values(period.errors).join(". ")}.`, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const { csv, fileName } = await reports.exportCsv(context, period, chart);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
});
