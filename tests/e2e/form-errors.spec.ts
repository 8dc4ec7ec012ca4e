import { expect, test } from "./fixtures";
import { expectAccessibleWithoutJs } from "./accessible-without-js";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("mistakes are listed at the top, linked to their fields, and what was typed is kept", async ({
      page,
      browser,
      expectAccessible,
    }) => {
      await page.goto("/refer/adult/about");
      await page.getByLabel("First name").fill("<b>Alex</b> $100");
      await page.getByLabel("Day").fill("31");
      await page.getByLabel("Month").fill("2");
      await page.getByLabel("Year").fill("2001");
      await page.getByRole("button", { name: "Continue" }).click();

      const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
      await expect(summary).toBeVisible();
      // NHS markup: the summary box takes focus; the alert inside it is what gets announced.
      await expect(page.locator(".nhsuk-error-summary").filter({ has: summary })).toBeFocused();
      await expect(summary.getByRole("link", { name: "Enter your last name" })).toHaveAttribute("href", "#familyName");
      await expect(summary.getByRole("link", { name: "Your date of birth must be a real date" })).toHaveAttribute(
        "href",
        "#dateOfBirth-day",
      );
      // Each message also sits beside its field, and the field points to it.
      await expect(page.getByLabel("Last name")).toHaveAttribute("aria-describedby", "familyName-error");
      await expect(page.locator("#familyName-error")).toContainText("Enter your last name");
      // What was typed is still there, as typed.
      await expect(page.getByLabel("First name")).toHaveValue("<b>Alex</b> $100");
      await expect(page.getByLabel("Day")).toHaveValue("31");
      await expect(page.getByLabel("Year")).toHaveValue("2001");
      await summary.getByRole("link", { name: "Enter your last name" }).click();
      await expect(page.getByLabel("Last name")).toBeFocused();
      await (javaScriptEnabled ? expectAccessible() : expectAccessibleWithoutJs(page, browser));

      // Put right, the same page moves on.
      await page.getByLabel("Last name").fill("Testperson");
      await page.getByLabel("Day").fill("28");
      await page.getByRole("group", { name: "Do you need an interpreter?" }).getByLabel("No").check();
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "How we can contact you" })).toBeVisible();
    });

    test("the start page asks who the referral is for and explains a missing answer", async ({ page }) => {
      await page.goto("/refer");
      await page.getByRole("button", { name: "Continue" }).click();
      const link = page.getByRole("alert").getByRole("link", { name: "Select who this referral is for" });
      await expect(link).toHaveAttribute("href", "#who");
      // The link lands on the first option.
      await link.click();
      await expect(page.getByLabel("Me, and I am a young person (under 18)")).toBeFocused();
    });
  });
}

test("answers survive a refresh and the back button", async ({ page }) => {
  await page.goto("/refer/adult/risk");
  await page.getByRole("radio", { name: "No", exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  // The question about being hurt is optional: Continue without an answer moves on.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Is anyone hurting you or making you feel unsafe?");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("First name").fill("Alex");
  await page.getByLabel("Last name").fill("Testperson");
  await page.getByLabel("Day").fill("1");
  await page.getByLabel("Month").fill("2");
  await page.getByLabel("Year").fill("1990");
  await page.getByRole("group", { name: "Do you need an interpreter?" }).getByLabel("No").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "How we can contact you" })).toBeVisible();
  await page.reload();
  await page.getByRole("link", { name: "Back", exact: true }).click();
  await expect(page.getByLabel("First name")).toHaveValue("Alex");
  await page.reload();
  await expect(page.getByLabel("Year")).toHaveValue("1990");
  await page.getByRole("link", { name: "Back", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Is anyone hurting you or making you feel unsafe?");
  await page.getByRole("link", { name: "Back", exact: true }).click();
  await expect(page.getByRole("radio", { name: "No", exact: true })).toBeChecked();
  // The browser's own back button, to a page already left, then a refresh.
  await page.goBack(); // to the question about being hurt
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Is anyone hurting you or making you feel unsafe?");
  await page.goBack(); // to About you
  // Let the back navigation finish before reloading, or the reload aborts it.
  await expect(page.getByLabel("Last name")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Last name")).toHaveValue("Testperson");
});

test("HTML typed into an answer is shown as text on the check page, never run", async ({ page }) => {
  await page.goto("/enquire/question/question");
  await page.getByLabel("What would you like to ask?").fill(`<img src=x onerror="document.title='hacked'">`);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Your name").fill("<script>alert(1)</script>");
  await page.getByLabel("Email address").fill("pat@example.net");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText(`<img src=x onerror="document.title='hacked'">`)).toBeVisible();
  await expect(page.getByText("<script>alert(1)</script>")).toBeVisible();
  await expect(page).not.toHaveTitle("hacked");
  expect(await page.locator("main img").count()).toBe(0);
});

test("with JavaScript, mistakes are shown from the shared schema before anything is posted", async ({ page }) => {
  await page.goto("/refer/adult/about");
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  await page.getByRole("button", { name: "Continue" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary.getByRole("link", { name: "Enter your first name" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Enter your date of birth" })).toBeVisible();
  await expect(page.locator(".nhsuk-error-summary").filter({ has: summary })).toBeFocused();
  expect(posts).toEqual([]);
});
