import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { areaOf, countRequest, requestMetrics } from "@/lib/metrics/requests";
import { parsePrometheus, sample } from "../helpers/prometheus-text";

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    countRequest(request, response);
    response.statusCode = request.url === "/missing" ? 404 : 200;
    response.end("ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const count = async (labels: Record<string, string>) => {
  const families = parsePrometheus(await requestMetrics().registry.metrics());
  try {
    return sample(families, "ipt_http_requests_total", labels);
  } catch {
    return 0;
  }
};

describe("request counts", () => {
  it("counts each answered request by method, area and status class", async () => {
    const admin = { method: "GET", area: "admin", status: "2xx" };
    const missing = { method: "GET", area: "pages", status: "4xx" };
    const [adminBefore, missingBefore] = [await count(admin), await count(missing)];
    await fetch(`${base}/admin/referrals/0b7e9d2a-0000-4000-8000-000000000000`);
    await fetch(`${base}/admin?status=all`);
    await fetch(`${base}/missing`);
    await expect.poll(() => count(admin)).toBe(adminBefore + 2);
    expect(await count(missing)).toBe(missingBefore + 1);
  });

  it.each([
    ["/_next/static/chunks/a.js", "static"],
    ["/admin", "admin"],
    ["/admin/referrals/123", "admin"],
    ["/administrator", "pages"],
    ["/api/health", "api"],
    ["/refer/who?x=1", "forms"],
    ["/enquire", "forms"],
    ["/about-ipt", "pages"],
  ])("puts %s in the %s area, never the path itself", (url, area) => {
    expect(areaOf(url)).toBe(area);
  });
});
