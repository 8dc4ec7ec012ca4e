/**
 * The staff cookies' names. In production they carry the `__Host-` prefix (review L-8): a browser
 * then accepts them only with Secure, Path=/ and no Domain, so no other host under the same domain
 * and no plain-HTTP page can set or overwrite them. better-auth would prefix `__Secure-` itself, so
 * the service turns that off and names every cookie it sets in full here.
 */
const STAFF_COOKIES = ["session_token", "session_data", "account_data", "dont_remember", "two_factor", "trust_device"];

export function staffCookieName(cookie: string, production: boolean): string {
  return `${production ? "__Host-" : ""}ipt-staff.${cookie}`;
}

/** better-auth's `advanced.cookies`: each staff cookie by its full name, Secure in production. */
export function staffCookieSettings(production: boolean) {
  return Object.fromEntries(
    STAFF_COOKIES.map((cookie) => [
      cookie,
      { name: staffCookieName(cookie, production), attributes: production ? { secure: true, path: "/" } : {} },
    ]),
  );
}
