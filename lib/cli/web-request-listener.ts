import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { countRequest } from "@/lib/metrics/requests";
import { stampClientAddress } from "@/lib/security/stamp-client-address";

type Handle = (request: IncomingMessage, response: ServerResponse) => unknown;
type Upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => unknown;

/**
 * What the web server (lib/cli/web-server.ts) does with each request before Next.js sees it:
 * stamps the socket's address in our own header (review H-1: `next start` would keep a client's
 * own X-Forwarded-For, and a route handler cannot see the socket) and counts it.
 */
export function webRequestListener(handle: Handle): RequestListener {
  return (request, response) => {
    stampClientAddress(request);
    countRequest(request, response);
    void handle(request, response);
  };
}

/** The same stamp for websocket upgrades (hot reload in development). */
export function webUpgradeListener(upgrade: Upgrade): Upgrade {
  return (request, socket, head) => {
    stampClientAddress(request);
    void upgrade(request, socket, head);
  };
}
