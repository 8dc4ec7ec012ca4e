import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientIpFrom } from "@/lib/security/client-ip";
import { webRequestListener } from "@/lib/cli/web-request-listener";

// The web server (lib/cli/web-server.ts) hands every request to Next.js through
// webRequestListener. Here the same listener hands it to a handler that answers with the address
// the app would use.
let server: Server;
let port: number;
beforeAll(async () => {
  server = createServer(
    webRequestListener((req, res) => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
      res.end(JSON.stringify({ ip: clientIpFrom(headers, 0), raw: req.rawHeaders }));
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(headers: Record<string, string>): Promise<{ ip: string; raw: string[] }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path: "/", headers }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve(JSON.parse(body)));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the client address over HTTP", () => {
  it("is the socket address whatever X-Forwarded-For the client sends", async () => {
    for (const forged of ["203.0.113.1", "198.51.100.7, 203.0.113.2", "10.0.0.1"]) {
      expect((await get({ "x-forwarded-for": forged })).ip).toBe("127.0.0.1");
    }
  });

  it("cannot be set by sending our own header", async () => {
    const answer = await get({ [CLIENT_ADDRESS_HEADER]: "203.0.113.9", "X-IPT-Client-Address": "198.51.100.3" });
    expect(answer.ip).toBe("127.0.0.1");
    const copies = answer.raw.filter((_, i) => i % 2 === 0 && answer.raw[i]!.toLowerCase() === CLIENT_ADDRESS_HEADER);
    expect(copies).toHaveLength(1);
  });
});
