import { expect, test } from "./fixtures";
import {
  answerRisk,
  continueOn,
  describeConcerns,
  giveContact,
  giveNameAndBirthday,
  giveOwnWords,
  giveParentalResponsibility,
  giveParentDetails,
  giveReferrer,
  giveWhere,
  sayWhoAgreed,
} from "./journey-pages";
import { WHOLE_JOURNEY_TIMEOUT } from "./playwright.config";

// A valid answer that ends a route leads to a page that says why and what to do, never only an
// error; what was typed is kept for when the person agrees.

// The walks do not depend on each other: spread over the workers, not one worker's queue.
test.describe.configure({ mode: "parallel" });

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled, viewport: { width: 375, height: 740 } });
    test.describe.configure({ timeout: WHOLE_JOURNEY_TIMEOUT });

    test("a GP whose patient has not agreed is told why and what to do, with the crisis lines, and can change the answer later", async ({
      page,
      checkPage: check,
    }) => {
      await page.goto("/refer");
      await page.getByLabel(/I am a GP or other professional/).check();
      await page.getByRole("button", { name: "Continue" }).click();
      await answerRisk(page, check, false);
      await giveNameAndBirthday(page, check, 16);
      await giveReferrer(page, check);
      await giveParentDetails(page, check);
      await giveParentalResponsibility(page, check, false);
      await giveContact(page, check, "");
      await giveWhere(page, check);
      await describeConcerns(page, check, "Low mood for months");
      await giveOwnWords(page, check, "");
      await page.getByRole("group", { name: "Has the person agreed to this referral?" }).getByLabel("No").check();
      await page.getByRole("group", { name: "Are there any safeguarding concerns?" }).getByLabel("No").check();
      await continueOn(page, check);

      await expect(page).toHaveURL(/\/refer\/professional\/cannot-continue$/);
      await expect(page.getByRole("heading", { level: 1, name: "You cannot send this referral yet" })).toBeVisible();
      await expect(page.getByText(/has not agreed to this referral/)).toBeVisible();
      await expect(page.getByText(/Talk to the person about the referral first/)).toBeVisible();
      await expect(page.getByRole("heading", { level: 2, name: "If the person is at risk now" })).toBeVisible();
      await expect(page.locator('a[href="tel:999"]').first()).toBeVisible();
      await expect(page.locator('a[href="tel:116123"]').first()).toBeVisible();
      await expect(page.getByRole("button", { name: "Continue" })).toHaveCount(0);
      await check();

      // Sending is not possible past this page: the check page leads back here.
      await page.goto("/refer/professional/check");
      await expect(page.getByRole("heading", { level: 1, name: "You cannot send this referral yet" })).toBeVisible();

      await page.getByRole("link", { name: "Change your answer about the person's agreement" }).click();
      const agreed = page.getByRole("group", { name: "Has the person agreed to this referral?" });
      await expect(agreed.getByLabel("No")).toBeChecked();
      await agreed.getByLabel("Yes").check();
      await continueOn(page, check);
      await sayWhoAgreed(page, check, /^The young person$/);
      await expect(page.getByRole("heading", { level: 1, name: "Support and access needs" })).toBeVisible();
    });
  });
}
