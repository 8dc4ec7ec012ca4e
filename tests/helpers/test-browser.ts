import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-ip";

/** A stand-in for one person's browser: their cookies and the IP address they come from. */
export class TestBrowser {
  cookies = new Map<string, string>();
  /** Every cookie set by server code, with its attributes, for checking HttpOnly and SameSite. */
  setCookieLog: {
    name: string;
    httpOnly?: boolean;
    sameSite?: string;
    secure?: boolean;
    maxAge?: number;
    expires?: Date;
  }[] = [];
  /**
   * As in a Next.js page render (not a server action), where setting a cookie throws: for proving
   * that such an unexpected failure is raised rather than mistaken for a wrong password or code.
   */
  cookiesReadOnly = false;
  /**
   * `ip` is the socket address, which our web server stamps into its own header; `forwardedFor`
   * is an X-Forwarded-For the client sends itself (a forgery unless a trusted proxy wrote it).
   */
  constructor(
    public ip = "203.0.113.10",
    public forwardedFor?: string,
  ) {}

  requestHeaders(): Headers {
    const headers = new Headers({ [CLIENT_ADDRESS_HEADER]: this.ip, "user-agent": "integration-test" });
    if (this.forwardedFor) headers.set("x-forwarded-for", this.forwardedFor);
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join("; ");
    if (cookie) headers.set("cookie", cookie);
    return headers;
  }
}

const holder: { browser: TestBrowser } = { browser: new TestBrowser() };

export function currentBrowser(): TestBrowser {
  return holder.browser;
}

/** Makes `browser` the one that server code sees as the current request. */
export function switchToBrowser(browser: TestBrowser): TestBrowser {
  holder.browser = browser;
  return browser;
}
