import { expect, test } from "./fixtures";
import { insertReferral } from "./admin/support";
import { checkProgress, staffMove } from "./helpers/progress-check";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a parent checks progress by reference and date of birth while staff move the referral to Accepted", async ({
      page,
      browser,
      checkPage: check,
      signInAsTriager,
    }) => {
      const referral = await insertReferral({ givenName: "Robin", familyName: "Progresscheck" });
      const staff = await (await browser.newContext()).newPage();
      await signInAsTriager(staff);

      await page.goto("/check-progress");
      await expect(page.getByRole("heading", { name: "Check the progress of a referral" })).toBeVisible();
      await check();
      await page.getByRole("button", { name: "Check progress" }).click();
      await expect(page.getByRole("link", { name: "Enter the reference" })).toBeVisible();
      await check();

      // A wrong date gets the one message any wrong pair gets; what was typed stays.
      await checkProgress(page, referral.reference, ["4", "4", "2011"]);
      await expect(page.getByText("We could not find a referral with that reference and date of birth")).toBeVisible();
      await expect(page.getByLabel("Reference")).toHaveValue(referral.reference);
      await check();

      await checkProgress(page, referral.reference.toLowerCase(), ["3", "4", "2011"]);
      await expect(page).toHaveURL(/\/check-progress\/result$/);
      await expect(page.getByTestId("stage")).toHaveText("Received");
      await expect(page.getByText("We aim to contact everyone within 5 working days")).toBeVisible();
      await expect(page.getByRole("heading", { name: "If you need help while you wait" })).toBeVisible();
      await check();

      await staffMove(staff, referral.id, "In review");
      await page.reload();
      await expect(page.getByTestId("stage")).toHaveText("Being reviewed");

      await staffMove(staff, referral.id, "Accepted");
      await expect(staff.locator(".admin-timeline")).toContainText(
        "The person sees: “Accepted into IPT for young people (IPT-A)”",
      );
      await page.reload();
      await expect(page.getByTestId("stage")).toHaveText("We have contacted you");
      await expect(page.getByTestId("outcome")).toHaveText("Accepted into IPT for young people (IPT-A)");
      await check();
      // No name, answer or reason is ever on the page.
      const shown = await page.getByRole("main").textContent();
      for (const never of ["Robin", "Progresscheck", "Low mood", "Meets the criteria"])
        expect(shown).not.toContain(never);

      // On a shared device the person can make the page forget the check at once.
      await page.getByRole("button", { name: "Forget this check" }).click();
      await expect(page).toHaveURL(/\/check-progress$/);
      await page.goto("/check-progress/result");
      await expect(page.getByText("We cannot show the progress of this referral")).toBeVisible();
      await expect(page.getByTestId("stage")).toHaveCount(0);
      await staff.context().close();
    });
  });
}
