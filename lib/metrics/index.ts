import "server-only";
import type { Database } from "@/lib/db";
import { bearerMatches } from "./bearer";
import { operationalMetrics } from "./operational";
import { requestMetrics } from "./requests";

export { bearerMatches } from "./bearer";

export type MetricsAnswer = { status: 404 } | { status: 401 } | { status: 200; contentType: string; body: string };

/**
 * /api/metrics: 404 while METRICS_TOKEN is unset (a deployment that is not scraped shows nothing,
 * not even that the endpoint exists), 401 without the right bearer token, else the metrics.
 */
export async function readMetrics(
  db: Database,
  token: string | undefined,
  authorization: string | null,
): Promise<MetricsAnswer> {
  if (!token) return { status: 404 };
  if (!bearerMatches(authorization, token)) return { status: 401 };
  const state = await operationalMetrics(db);
  const { registry } = requestMetrics();
  const body = `${await state.metrics()}\n${await registry.metrics()}`;
  return { status: 200, contentType: state.contentType, body };
}
