import "server-only";
import { cookies, headers } from "next/headers";
import { parseSetCookieHeader } from "better-auth/cookies";
import { getEnv } from "@/lib/config";
import { CLIENT_ADDRESS_HEADER, clientIpFrom } from "@/lib/security/client-ip";

export interface RequestInfo {
  headers: Headers;
  ip: string | null;
}

/** The current request's headers and the client's IP address. */
export async function currentRequest(): Promise<RequestInfo> {
  const incoming = await headers();
  const ip = clientIp(incoming);
  return { headers: withDerivedAddress(new Headers(incoming), ip), ip };
}

/**
 * The client's address (lib/security/client-ip.ts). better-auth records the session's address from
 * the same header, so it is replaced here with the address we derived rather than whatever the
 * client sent.
 */
export function clientIp(source: Pick<Headers, "get">): string | null {
  return clientIpFrom(source, getEnv().TRUSTED_PROXY_HOPS);
}

function withDerivedAddress(incoming: Headers, ip: string | null): Headers {
  const result = new Headers(incoming);
  result.delete("x-forwarded-for");
  result.delete("x-real-ip");
  if (ip) result.set(CLIENT_ADDRESS_HEADER, ip);
  else result.delete(CLIENT_ADDRESS_HEADER);
  return result;
}

/** Copies better-auth's Set-Cookie headers onto the response of this server action. */
export async function applySetCookies(responseHeaders: Headers | null | undefined): Promise<void> {
  const setCookie = responseHeaders?.get("set-cookie");
  if (!setCookie) return;
  const jar = await cookies();
  for (const [name, attributes] of parseSetCookieHeader(setCookie)) {
    jar.set(name, attributes.value, {
      httpOnly: attributes.httponly,
      secure: attributes.secure,
      sameSite: attributes.samesite,
      path: attributes.path,
      maxAge: attributes["max-age"],
      expires: attributes.expires,
    });
  }
}
