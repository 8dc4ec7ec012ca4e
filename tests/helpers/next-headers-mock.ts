// Stands in for `next/headers` in integration tests: the request is whatever the current
// TestBrowser holds, and cookies set by server code land back in that browser.
import { currentBrowser } from "./test-browser";

export async function headers(): Promise<Headers> {
  return currentBrowser().requestHeaders();
}

export async function cookies() {
  const browser = currentBrowser();
  return {
    get: (name: string) => {
      const value = browser.cookies.get(name);
      return value === undefined ? undefined : { name, value };
    },
    getAll: () => [...browser.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => browser.cookies.has(name),
    set: (
      name: string,
      value: string,
      options: { maxAge?: number; expires?: Date; httpOnly?: boolean; sameSite?: string; secure?: boolean } = {},
    ) => {
      if (browser.cookiesReadOnly) throw new Error("Cookies can only be modified in a Server Action or Route Handler.");
      browser.setCookieLog.push({ name, ...options });
      const expired = options.maxAge === 0 || (options.expires && options.expires.getTime() <= Date.now());
      if (expired || value === "") browser.cookies.delete(name);
      else browser.cookies.set(name, value);
    },
    delete: (name: string) => browser.cookies.delete(name),
  };
}
