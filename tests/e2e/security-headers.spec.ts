import { expect, test } from "./fixtures";

const EVERY_RESPONSE = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
  "x-frame-options": "DENY",
  "strict-transport-security": "max-age=63072000; includeSubDomains",
};

const directive = (policy: string, name: string) =>
  policy
    .split("; ")
    .find((d) => d.startsWith(`${name} `))
    ?.slice(name.length + 1);

test.describe("security headers", () => {
  for (const path of ["/", "/api/health", "/no-such-page"]) {
    test(`${path} carries the headers every response needs`, async ({ request }) => {
      const response = await request.get(path);
      const headers = response.headers();
      for (const [name, value] of Object.entries(EVERY_RESPONSE)) expect(headers[name], name).toBe(value);
      expect(headers["permissions-policy"]).toContain("camera=()");
      expect(headers["x-powered-by"]).toBeUndefined();
      const policy = headers["content-security-policy"] ?? "";
      expect(directive(policy, "frame-ancestors")).toBe("'none'");
      expect(directive(policy, "object-src")).toBe("'none'");
      expect(directive(policy, "base-uri")).toBe("'none'");
    });
  }

  test("dynamic responses get a fresh script nonce each time and are never cached", async ({ request }) => {
    const nonces = [];
    for (let i = 0; i < 2; i++) {
      const response = await request.get("/api/health");
      const scripts = directive(response.headers()["content-security-policy"] ?? "", "script-src") ?? "";
      expect(scripts).not.toContain("unsafe-inline");
      nonces.push(scripts.match(/'nonce-([^']+)'/)?.[1]);
      expect(response.headers()["cache-control"]).toContain("no-store");
    }
    expect(nonces[0]).toBeTruthy();
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  test("static pages allow exactly the inline scripts they contain, by hash, and nothing inline else", async ({
    request,
  }) => {
    for (const path of ["/", "/no-such-page"]) {
      const response = await request.get(path);
      const scripts = directive(response.headers()["content-security-policy"] ?? "", "script-src") ?? "";
      expect(scripts, path).not.toContain("unsafe-inline");
      expect(scripts, path).not.toContain("nonce-");
      const html = await response.text();
      const inlineCount = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>[\s\S]+?<\/script>/g)].length;
      expect(inlineCount, path).toBeGreaterThan(0);
      expect(scripts.match(/'sha256-[A-Za-z0-9+/=]+'/g)?.length, path).toBeGreaterThan(0);
    }
  });

  test("content pages stay static and cacheable by a CDN", async ({ request }) => {
    const response = await request.get("/");
    expect(response.headers()["x-nextjs-prerender"]).toBeTruthy();
    expect(response.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  });
});
