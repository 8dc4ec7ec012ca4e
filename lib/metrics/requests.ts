import type { IncomingMessage, ServerResponse } from "node:http";
import { Counter, Registry } from "prom-client";

// One registry per process, kept on globalThis: the web server (lib/cli/web-server.ts) counts
// requests with its own copy of prom-client, and /api/metrics, compiled into Next's bundle,
// reads the same object.
const holder = globalThis as unknown as { iptRequestMetrics?: { registry: Registry; requests: Counter } };

export function requestMetrics() {
  if (!holder.iptRequestMetrics) {
    const registry = new Registry();
    const requests = new Counter({
      name: "ipt_http_requests_total",
      help: "HTTP requests answered by this web process, by method, area of the site and status class.",
      labelNames: ["method", "area", "status"] as const,
      registers: [registry],
    });
    holder.iptRequestMetrics = { registry, requests };
  }
  return holder.iptRequestMetrics;
}

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** A few areas, never the path itself: paths carry referral ids, and labels must stay few. */
export function areaOf(url: string | undefined): string {
  const path = (url ?? "/").split("?")[0]!;
  if (path.startsWith("/_next/")) return "static";
  if (path === "/admin" || path.startsWith("/admin/")) return "admin";
  if (path === "/api" || path.startsWith("/api/")) return "api";
  if (/^\/(refer|enquire|your-view)(\/|$)/.test(path)) return "forms";
  return "pages";
}

/** Counts the request once its response has been sent (or the client went away). */
export function countRequest(request: IncomingMessage, response: ServerResponse): void {
  response.once("close", () => {
    const method = METHODS.has(request.method ?? "") ? request.method! : "OTHER";
    const status = response.headersSent ? `${Math.floor(response.statusCode / 100)}xx` : "none";
    requestMetrics().requests.inc({ method, area: areaOf(request.url), status });
  });
}
