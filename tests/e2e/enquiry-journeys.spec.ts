import { expect, test } from "./fixtures";
import { waitForMail } from "./mailbox";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled, viewport: { width: 375, height: 740 } });

    test("someone asks a general question, is shown where to get help now, and gets a reference", async ({
      page,
      checkPage: check,
    }) => {
      await page.goto("/refer");
      await page.getByRole("link", { name: "Ask us a general question" }).click();
      const help = page.getByRole("complementary", { name: "If you need help now" });
      await expect(help).toContainText("This form is not for urgent help");
      await expect(help.getByRole("link", { name: "More ways to get help now" })).toHaveAttribute(
        "href",
        "/get-help-now",
      );
      await expect(help.locator('a[href="tel:116123"]')).toBeVisible();
      await page.getByLabel("What would you like to ask?").fill("Do you offer evening appointments?");
      await check();
      await page.getByRole("button", { name: "Continue" }).click();
      await page.getByLabel("Your name").fill("Pat Asker");
      // An address of its own: the reference email goes at most once per address per day.
      const email = `pat-${Date.now()}@example.net`;
      await page.getByLabel("Email address").fill(email);
      await check();
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByText("Do you offer evening appointments?")).toBeVisible();
      await expect(page).toHaveTitle(/Check your answers/);
      await check();
      await page.getByRole("button", { name: "Send message" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Message sent" })).toBeVisible();
      await expect(page).toHaveTitle(/Message sent/);
      await check();
      const reference = (await page.getByTestId("reference").textContent())!.trim();
      await waitForMail(`New enquiry ${reference}`);
      const ack = await waitForMail(`Your reference ${reference}`);
      expect(ack[0]!.to).toContain(email);
    });

    test("a professional asks about a training course", async ({ page, checkPage: check }) => {
      await page.goto("/enquire");
      await check();
      await page.getByRole("link", { name: "Ask about training or a course" }).click();
      await page.getByLabel("Mentalization in IPT workshop").check();
      await page.getByLabel("Your question (optional)").fill("When is the next one?");
      await check();
      await page.getByRole("button", { name: "Continue" }).click();
      await page.getByLabel("Your name").fill("Chris Trainee");
      await page.getByLabel("Your role").fill("Clinical psychologist");
      await page.getByLabel("Email address").fill("chris@example.net");
      await check();
      await page.getByRole("button", { name: "Continue" }).click();
      await page.getByRole("button", { name: "Send message" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Message sent" })).toBeVisible();
      const reference = (await page.getByTestId("reference").textContent())!.trim();
      const [mail] = await waitForMail(`New enquiry ${reference}`);
      expect(mail!.text).toContain("Type: Training enquiry");
    });
  });
}
