import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAccessibleWithoutJs } from "./accessible-without-js";
import { draftMinutesLeft, expireDraft } from "./helpers/draft-database";

// Privacy on a shared device (issue 11, hazards H05 and H15), with JavaScript on and off.
const EXIT_URL = /^https:\/\/www\.bbc\.co\.uk\/weather/;
const draftCookies = async (context: BrowserContext) =>
  (await context.cookies()).filter((c) => c.name.startsWith("ipt_draft"));

async function askAQuestion(page: Page, question = "Is there parking?") {
  await page.goto("/enquire/question/question");
  await page.getByLabel("What would you like to ask?").fill(question);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "How we can reply" })).toBeVisible();
}

async function replyDetails(page: Page) {
  await page.getByLabel("Your name").fill("Sam Shared");
  await page.getByLabel("Email address").fill("sam@example.net");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers before sending" })).toBeVisible();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled, viewport: { width: 375, height: 740 } });
    const accessible = (page: Page, browser: Browser, expectAccessible: (page?: Page) => Promise<void>) =>
      javaScriptEnabled ? expectAccessible(page) : expectAccessibleWithoutJs(page, browser);

    test("the first page says answers are deleted after 30 minutes, and Exit this page leaves the site and deletes the draft", async ({
      page,
      context,
      browser,
      expectAccessible,
    }) => {
      await page.goto("/enquire/question/question");
      await expect(page.getByText("we delete your answers if you do not do anything for 30 minutes")).toBeVisible();
      await askAQuestion(page);
      expect(await draftCookies(context)).toHaveLength(1);
      expect((await draftCookies(context))[0]!.expires).toBe(-1); // a session cookie
      await accessible(page, browser, expectAccessible);
      const leaving = page.waitForRequest(EXIT_URL);
      if (javaScriptEnabled) {
        // The shortcut: Shift three times, announced to screen readers as it counts.
        await expect(page.getByText("Or press the Shift key 3 times to leave quickly.")).toBeAttached();
        // Capitals typed with Shift are not presses of Shift on its own: the page stays.
        await page.getByLabel("Your name").focus();
        for (const letter of ["S", "A", "M"]) {
          await page.keyboard.down("Shift");
          await page.keyboard.press(letter);
          await page.keyboard.up("Shift");
        }
        await expect(page.getByLabel("Your name")).toHaveValue("SAM");
        await page.keyboard.press("Shift");
        await expect(page.getByRole("status").filter({ hasText: "Shift, press 2 more times to exit." })).toBeAttached();
        await page.keyboard.press("Shift");
        await page.keyboard.press("Shift");
      } else {
        await page.getByRole("link", { name: "Emergency Exit this page" }).click();
      }
      await leaving;
      await expect.poll(() => draftCookies(context)).toEqual([]);
      // No internet here: the neutral site's page fails to load, but the browser has left this site.
      await expect.poll(() => page.url()).not.toMatch(/^http:\/\/127\.0\.0\.1/);
      if (javaScriptEnabled) {
        // The page was replaced in the history: Back does not return to the answers.
        await page.goBack().catch(() => null);
        expect(page.url()).not.toContain("/enquire/question/contact");
      }
    });

    test("Get help now has Exit this page, which answers with a 303 to a neutral site and clears the draft cookie", async ({
      page,
      request,
    }) => {
      await page.goto("/get-help-now");
      await expect(page.getByTestId("exit-this-page")).toHaveAttribute("href", "/exit-this-page");
      const response = await request.get("/exit-this-page", {
        headers: { Cookie: "ipt_draft_question=x; ipt_done=question:ABCD-EFGH:" },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(303);
      expect(response.headers().location).toMatch(EXIT_URL);
      const cleared = response.headers()["set-cookie"] ?? "";
      expect(cleared).toMatch(/ipt_draft_question=;/);
      expect(cleared).toMatch(/ipt_done=;/);
      if (javaScriptEnabled) {
        await expect(page.getByText("Or press the Shift key 3 times to leave quickly.")).toBeAttached();
        const leaving = page.waitForRequest(EXIT_URL);
        for (let press = 0; press < 3; press++) await page.keyboard.press("Shift");
        await leaving;
      } else {
        await expect(page.getByText("Or press the Shift key 3 times to leave quickly.")).toBeHidden();
      }
    });

    test("Delete my answers asks first, deletes the answers and says so", async ({
      page,
      context,
      browser,
      expectAccessible,
    }) => {
      await askAQuestion(page);
      await page.getByRole("link", { name: "Delete my answers" }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: "Are you sure you want to delete your answers?" }),
      ).toBeVisible();
      await accessible(page, browser, expectAccessible);
      await page.getByRole("button", { name: "Yes, delete my answers" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Your answers have been deleted" })).toBeVisible();
      await expect(page.getByRole("link", { name: "get help now", exact: true })).toBeVisible();
      await accessible(page, browser, expectAccessible);
      expect(await draftCookies(context)).toEqual([]);
      await page.getByRole("link", { name: "Start the form again" }).click();
      await expect(page.getByLabel("What would you like to ask?")).toHaveValue("");
    });

    test("after the timeout the answers are gone", async ({ page, context, browser, expectAccessible }) => {
      if (javaScriptEnabled) await page.clock.install();
      await askAQuestion(page, "A private question");
      if (javaScriptEnabled) {
        // Two minutes before the timeout, the warning: focus in it, Continue renews the draft on the server.
        await page.clock.fastForward("28:30");
        const warning = page.getByRole("dialog", { name: "We will delete your answers soon" });
        await expect(warning).toBeVisible();
        await expect(warning.getByRole("button", { name: "Continue with the form" })).toBeFocused();
        await accessible(page, browser, expectAccessible);
        await warning.getByRole("button", { name: "Continue with the form" }).click();
        await expect(warning).toBeHidden();
        await expect.poll(() => draftMinutesLeft(context, "question")).toBeGreaterThan(29);
        await expireDraft(context, "question");
        await page.clock.fastForward("31:00");
      } else {
        await expireDraft(context, "question");
        await page.getByLabel("Your name").fill("Sam Shared");
        await page.getByLabel("Email address").fill("sam@example.net");
        await page.getByRole("button", { name: "Continue" }).click();
      }
      await expect(page.getByRole("heading", { level: 1, name: "We deleted your answers" })).toBeVisible();
      await expect(page.getByText("to protect your privacy")).toBeVisible();
      await accessible(page, browser, expectAccessible);
      await page.getByRole("link", { name: "Start the form again" }).click();
      await expect(page.getByLabel("What would you like to ask?")).toHaveValue("");
      expect(await page.content()).not.toContain("A private question");
    });

    test("Back after sending shows that the form was sent, not a blank form", async ({
      page,
      browser,
      expectAccessible,
    }) => {
      await askAQuestion(page);
      await replyDetails(page);
      await page.getByRole("button", { name: "Send message" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Message sent" })).toBeVisible();
      const reference = (await page.getByTestId("reference").textContent())!.trim();
      await page.goBack();
      await expect(page.getByRole("heading", { level: 1, name: "Your form has been sent" })).toBeVisible();
      await expect(page.getByText(reference)).toBeVisible();
      await expect(page.getByRole("button", { name: "Send message" })).toHaveCount(0);
      await accessible(page, browser, expectAccessible);
      await page.goto("/enquire/question/question");
      await expect(page.getByRole("heading", { level: 1, name: "Your form has been sent" })).toBeVisible();
      await expect(page.getByLabel("What would you like to ask?")).toHaveCount(0);
    });

    test("two tabs keep two separate drafts, and a send refuses answers changed in another tab", async ({
      context,
    }) => {
      const first = await context.newPage();
      const second = await context.newPage();
      // Two different forms in two tabs: each keeps its own answers.
      await askAQuestion(first, "First tab's question");
      await second.goto("/enquire/training/course");
      await second.getByLabel("Mentalization in IPT workshop").check();
      await second.getByRole("button", { name: "Continue" }).click();
      await first.reload();
      await replyDetails(first);
      await expect(first.getByText("First tab's question")).toBeVisible();
      await second.goto("/enquire/training/check");
      await expect(second.getByText("Mentalization in IPT workshop")).toBeVisible();
      await expect(second.getByText("First tab's question")).toHaveCount(0);
      // The same form in a second tab changes an answer after the first tab drew its check page.
      await second.goto("/enquire/question/question?change=1");
      await second.getByLabel("What would you like to ask?").fill("Second tab's question");
      await second.getByRole("button", { name: "Continue" }).click();
      await expect(second.getByText("Second tab's question")).toBeVisible();
      await first.getByRole("button", { name: "Send message" }).click();
      await expect(first.getByText("Your answers changed in another tab or window")).toBeVisible();
      await expect(first.getByText("Second tab's question")).toBeVisible();
      await first.getByRole("button", { name: "Send message" }).click();
      await expect(first.getByRole("heading", { level: 1, name: "Message sent" })).toBeVisible();
    });
  });
}
