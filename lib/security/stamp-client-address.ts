import type { IncomingMessage } from "node:http";
import { CLIENT_ADDRESS_HEADER } from "./client-ip";

/**
 * Writes the TCP peer address into our own header, replacing whatever the client sent under that
 * name. Next.js itself only adds X-Forwarded-For when the request has none, so that header cannot
 * tell us who is on the other end of the socket; this one can.
 */
export function stampClientAddress(request: IncomingMessage): void {
  request.headers[CLIENT_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
  // Node keeps the raw header list too; drop any copy the client sent so nothing reads it later.
  const raw = request.rawHeaders;
  for (let i = raw.length - 2; i >= 0; i -= 2) {
    if (raw[i]!.toLowerCase() === CLIENT_ADDRESS_HEADER) raw.splice(i, 2);
  }
  raw.push(CLIENT_ADDRESS_HEADER, request.headers[CLIENT_ADDRESS_HEADER]);
}
