import "server-only";
import { cookies, headers } from "next/headers";
import { parseSetCookieHeader } from "better-auth/cookies";
import { clientIp } from "@/lib/security/client-ip";

export interface RequestInfo {
  headers: Headers;
  ip: string | null;
}

/** The current request's headers and the client's IP address. */
export async function currentRequest(): Promise<RequestInfo> {
  const incoming = await headers();
  return { headers: new Headers(incoming), ip: clientIp(incoming) };
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
