import { expect, test } from "@playwright/test";
import { parsePrometheus, sample } from "../helpers/prometheus-text";
import { METRICS_TOKEN } from "./playwright.config";

test("Prometheus reads /api/metrics with its bearer token, and the web server's request counts are in it", async ({
  request,
}) => {
  const refused = await request.get("/api/metrics");
  expect(refused.status()).toBe(401);
  expect(refused.headers()["www-authenticate"]).toBe('Bearer realm="metrics"');
  expect((await request.get("/api/metrics", { headers: { Authorization: "Bearer wrong" } })).status()).toBe(401);
  await request.get("/api/health");

  const scraped = await request.get("/api/metrics", { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(scraped.status()).toBe(200);
  expect(scraped.headers()["content-type"]).toMatch(/^text\/plain; version=0\.0\.4/);
  expect(scraped.headers()["cache-control"]).toContain("no-store");
  const families = parsePrometheus(await scraped.text());
  // Counted by lib/cli/web-server.ts, read by the route inside Next's bundle: the same registry.
  expect(
    sample(families, "ipt_http_requests_total", { method: "GET", area: "api", status: "4xx" }),
  ).toBeGreaterThanOrEqual(2);
  expect(
    sample(families, "ipt_http_requests_total", { method: "GET", area: "api", status: "2xx" }),
  ).toBeGreaterThanOrEqual(1);
  expect(sample(families, "ipt_email_queue_depth", { queue: "referral-notification" })).toBeGreaterThanOrEqual(0);
  expect(sample(families, "ipt_urgent_untriaged_referrals")).toBeGreaterThanOrEqual(0);
});
