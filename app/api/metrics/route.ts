import { getEnv } from "@/lib/config";
import { getDb } from "@/lib/db";
import { readMetrics } from "@/lib/metrics";

export const dynamic = "force-dynamic";

/** Prometheus scrapes this with `Authorization: Bearer METRICS_TOKEN` (README: Monitoring). */
export async function GET(request: Request) {
  const headers = { "Cache-Control": "no-store" };
  // The database not answering is a failed scrape (Prometheus's `up` goes to 0), not a crash.
  const answer = await readMetrics(getDb(), getEnv().METRICS_TOKEN, request.headers.get("authorization")).catch(
    () => ({ status: 503 }) as const,
  );
  if (answer.status === 503) return new Response("Metrics unavailable", { status: 503, headers });
  if (answer.status === 404) return new Response("Not found", { status: 404, headers });
  if (answer.status === 401)
    return new Response("A bearer token is needed", {
      status: 401,
      headers: { ...headers, "WWW-Authenticate": 'Bearer realm="metrics"' },
    });
  return new Response(answer.body, { status: 200, headers: { ...headers, "Content-Type": answer.contentType } });
}
