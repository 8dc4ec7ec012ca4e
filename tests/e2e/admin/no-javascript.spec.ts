import { expect, test } from "../fixtures";
import { createStaffAccount, insertReferral, setUpTwoFactor, signIn, uniqueEmail } from "./support";

test.use({ javaScriptEnabled: false });

const PASSWORD = "a long triage password 2026";

test("with JavaScript off, a triager signs in, filters the inbox and adds a note", async ({ page }) => {
  const email = uniqueEmail("nojs");
  createStaffAccount({ email, name: "Nora NoScript", role: "triager", password: PASSWORD });
  const referral = await insertReferral({ givenName: "Alex", familyName: "Nojavascript" });
  // Urgent and sent over a week ago: past its same-working-day target, said in words (issue 10).
  const lateUrgent = await insertReferral({
    givenName: "Sam",
    familyName: "Nojavascript",
    urgent: true,
    createdAt: new Date(Date.now() - 8 * 86_400_000),
  });

  await signIn(page, email, PASSWORD);
  await setUpTwoFactor(page, PASSWORD);
  await page.goto("/admin");
  await page.getByLabel("Search referrals").fill("Nojavascript");
  await page.getByRole("main").getByRole("button", { name: "Search", exact: true }).click();
  // The search words stay out of the address (review L-2): it holds a saved search's id instead.
  await expect(page).toHaveURL(/[?&]search=[A-Za-z0-9_-]{22}/);
  expect(page.url()).not.toContain("Nojavascript");
  await expect(page.getByRole("row").filter({ hasText: lateUrgent.reference })).toContainText(
    "Past the urgent target: call was due by",
  );
  await page.getByRole("link", { name: referral.reference }).click();

  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByRole("link", { name: "Enter the note" })).toBeVisible();
  await page.getByLabel("Note", { exact: true }).fill("Written with scripts turned off.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.locator(".admin-timeline")).toContainText("Written with scripts turned off.");
});
