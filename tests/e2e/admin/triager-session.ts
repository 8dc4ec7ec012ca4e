import type { Browser, BrowserContext, Page } from "@playwright/test";
import { createStaffAccount, setUpTwoFactor, signIn, uniqueEmail } from "./support";

type Cookies = Awaited<ReturnType<BrowserContext["cookies"]>>;

const PASSWORD = "a long worker triager password 2026";

/**
 * One triager per worker, created with `npm run staff:create` and signed in through the form with
 * two-factor set up, once; its cookies are then lent to each test that needs a signed-in triager
 * for something else (a dashboard page, a status change). Signing in itself is proved, through the
 * form, by tests/e2e/admin/triage.spec.ts and public-referral-reaches-triage.spec.ts.
 */
export async function newTriagerSession(browser: Browser, baseURL: string): Promise<Cookies> {
  const email = uniqueEmail("worker-triager");
  createStaffAccount({ email, name: "Wren Worker", role: "triager", password: PASSWORD });
  const context = await browser.newContext({ baseURL, javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    await signIn(page, email, PASSWORD);
    await setUpTwoFactor(page, PASSWORD);
    return await context.cookies();
  } finally {
    await context.close();
  }
}

/**
 * Puts the worker's triager session into this page's browser and opens the dashboard. A session
 * the service has ended (the 30-minute idle timeout on a slow run) is replaced by a new one.
 */
export async function lendTriagerSession(
  page: Page,
  session: { cookies: Cookies; renew: () => Promise<Cookies> },
): Promise<void> {
  await page.context().addCookies(session.cookies);
  await page.goto("/admin");
  if (new URL(page.url()).pathname === "/admin/sign-in") {
    await page.context().addCookies(await session.renew());
    await page.goto("/admin");
  }
}
