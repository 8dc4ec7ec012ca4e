import { expect, test } from "../fixtures";
import { insertHeldSubmission, insertReferral } from "./support";

test("a triager raises a referral to urgent and changes its programme, each with a reason, then releases a held submission to the inbox", async ({
  page,
  expectAccessible,
  signInAsTriager,
}) => {
  const referral = await insertReferral({ givenName: "Jo", familyName: "Routinecase" });
  const held = await insertHeldSubmission({ urgent: true });

  await signInAsTriager();
  await page.goto(`/admin/referrals/${referral.id}`);
  await expect(page.getByRole("heading", { name: `Referral ${referral.reference}` })).toBeVisible();
  await expect(page.getByRole("group", { name: "Urgency" }).getByLabel("Routine")).toBeChecked();

  // Raising urgency without a reason is refused, with the error summary pointing at the reason.
  await page.getByRole("group", { name: "Urgency" }).getByLabel("Urgent").check();
  await page.getByRole("button", { name: "Change urgency" }).click();
  await expect(page.getByRole("link", { name: "Enter the reason for changing the urgency" })).toBeVisible();
  await expectAccessible();

  await page.getByLabel("Why are you changing the urgency?").fill("Parent rang: not eating at all this week");
  await page.getByRole("button", { name: "Change urgency" }).click();
  await expect(page.getByText("Urgency changed.")).toBeVisible();
  await expect(page.getByText("Urgency changed from routine to urgent")).toBeVisible();
  await expect(page.getByText("Parent rang: not eating at all this week", { exact: true })).toBeVisible();

  await page.getByLabel("None: signpost elsewhere").check();
  await page.getByLabel("Why are you changing the programme?").fill("Needs an eating disorder service first");
  await page.getByRole("button", { name: "Change programme" }).click();
  await expect(page.getByText("Programme changed.")).toBeVisible();
  await expect(page.getByText("Programme changed from IPT for young people (IPT-A) to none")).toBeVisible();
  await expect(page.getByLabel("None: signpost elsewhere")).toBeChecked();
  await expectAccessible();

  // The held queue, from the dashboard's navigation, which counts what is waiting.
  await page.getByRole("link", { name: /^Held submissions \(\d+\)$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Held submissions" })).toBeVisible();
  await expect(page).toHaveTitle("Held submissions – Staff dashboard");
  // No personal data until released: the form, urgency, why and when.
  await expect(page.getByRole("main")).not.toContainText("Heldperson");
  const row = page.getByRole("row").filter({ has: page.locator(`#release-${held.id}`) });
  await expect(row).toContainText("Parent or carer, for a child");
  await expect(row).toContainText("Urgent");
  await expect(row).toContainText("Too many forms from one address in an hour");
  await expectAccessible();

  await row.getByRole("button", { name: /^Release to inbox/ }).click();
  const status = page.getByRole("status");
  await expect(status).toContainText("Released to the inbox as referral");
  const reference = (await status.textContent())!.match(/referral ([A-Z0-9]{4}-[A-Z0-9]{4})/)![1]!;
  await expect(page.locator(`#release-${held.id}`)).toHaveCount(0);
  await expectAccessible();

  // It is now an ordinary referral in the inbox, urgent as it was held.
  await page.goto("/admin");
  await page.getByLabel("Search referrals").fill(reference);
  await page.getByRole("main").getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByRole("row").filter({ hasText: reference })).toContainText("Urgent");
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("a triager lowers an urgent referral to routine with a reason and discards a held submission as spam after confirming", async ({
    page,
    signInAsTriager,
  }) => {
    const referral = await insertReferral({ givenName: "Lee", familyName: "Urgentcase", urgent: true });
    const held = await insertHeldSubmission();

    await signInAsTriager();
    await page.goto(`/admin/referrals/${referral.id}`);
    await page.getByRole("group", { name: "Urgency" }).getByLabel("Routine").check();
    await page.getByRole("button", { name: "Change urgency" }).click();
    await expect(page.getByRole("link", { name: "Enter the reason for changing the urgency" })).toBeVisible();
    await page.getByLabel("Why are you changing the urgency?").fill("Spoke to the GP: safety plan in place");
    await page.getByRole("button", { name: "Change urgency" }).click();
    await expect(page.getByText("Urgency changed.")).toBeVisible();
    await expect(page.getByText("Urgency changed from urgent to routine")).toBeVisible();

    await page.goto("/admin/held");
    const row = page.getByRole("row").filter({ has: page.locator(`#discard-${held.id}`) });
    // Discarding deletes the answers, so its button is behind a second step.
    await expect(row.getByRole("button", { name: /^Discard as spam/ })).toBeHidden();
    await row.getByText("Discard as spam", { exact: true }).click();
    await row.getByRole("button", { name: /^Discard as spam/ }).click();
    await expect(page.getByRole("status")).toContainText("Discarded as spam");
    await expect(page.locator(`#discard-${held.id}`)).toHaveCount(0);
  });
});
