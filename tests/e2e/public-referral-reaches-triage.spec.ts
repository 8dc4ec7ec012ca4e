import { expect, test } from "./fixtures";
import {
  answerRisk,
  describeConcerns,
  giveContact,
  giveNameAndBirthday,
  giveNeeds,
  giveWhere,
  sendAndGetReference,
} from "./journey-pages";
import { createStaffAccount, setUpTwoFactor, signIn, uniqueEmail } from "./admin/support";
import { WHOLE_JOURNEY_TIMEOUT } from "./playwright.config";

// The two halves joined up: nothing is put in the database by hand. A person refers themselves
// through the public form, a triager works the referral in the dashboard, and an admin then finds
// every step in the audit log.

const PASSWORD = "a long triage password 2026";
// A whole journey, a sign-in and a triage, each page checked by axe, like the other whole walks
// (it ran out of 60 s inside axe on a loaded machine on 7 Dec 2026).
test.describe.configure({ timeout: WHOLE_JOURNEY_TIMEOUT });

test("a referral made through the public journey is triaged in the dashboard and every step is in the audit log", async ({
  page,
  checkPage: check,
  expectAccessible,
}) => {
  const concerns = `Struggling to sleep since the move ${Date.now()}`;

  // An adult refers themselves.
  await page.goto("/refer");
  await page.getByLabel(/Me, and I am an adult/).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await answerRisk(page, check, false);
  await giveNameAndBirthday(page, check, 29);
  await giveContact(page, check, "self-referral@example.net");
  await giveWhere(page, check);
  await describeConcerns(page, check, concerns);
  await giveNeeds(page, check);
  const reference = await sendAndGetReference(page, check);

  // A triager signs in (setting up two-factor on the first visit) and finds it in the inbox.
  const triagerEmail = uniqueEmail("triager");
  createStaffAccount({ email: triagerEmail, name: "Priya Triager", role: "triager", password: PASSWORD });
  await signIn(page, triagerEmail, PASSWORD);
  const key = await setUpTwoFactor(page, PASSWORD);
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("heading", { name: "You have signed out" })).toBeVisible();
  await signIn(page, triagerEmail, PASSWORD, key);
  await expect(page.getByRole("heading", { name: "Inbox" })).toBeVisible();
  await page.getByLabel("Search referrals").fill(reference);
  await page.getByRole("main").getByRole("button", { name: "Search", exact: true }).click();
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: reference }) });
  await expect(row).toContainText("Alex Testperson");
  await expect(row).toContainText("New");
  await expect(row).not.toContainText("Email to team not sent");
  await expectAccessible();

  // She opens it and sees what the person wrote.
  await row.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { name: `Referral ${reference}` })).toBeVisible();
  await expect(page.getByText(concerns)).toBeVisible();
  // How the person may be contacted: the form's own questions and answers, each shown once.
  await expect(page.getByText("07700 900982", { exact: true })).toHaveCount(1);
  await expect(page.getByText("self-referral@example.net", { exact: true })).toHaveCount(1);
  await expect(page.getByText("Can we leave a voicemail?")).toBeVisible();
  await expect(page.getByText("Can we email this address?")).toBeVisible();

  await page.getByLabel("Assigned to").selectOption({ label: "Priya Triager" });
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByText("Assignment saved.")).toBeVisible();

  await page.getByLabel("In review").check();
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(page.getByText("Status changed.")).toBeVisible();
  await page.getByLabel("Signposted").check();
  await page.getByLabel("For an outcome: what the person will see").selectOption({
    label: "Signposted elsewhere: Signposted to your local NHS Talking Therapies service",
  });
  await page.getByLabel("Reason").fill("Better suited to the adult talking therapies service; details sent.");
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(page.getByRole("group", { name: "Move from Signposted elsewhere to" })).toBeVisible();

  await page.getByLabel("Note", { exact: true }).fill("Left a voicemail with the service details.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText("Note added.")).toBeVisible();
  await expectAccessible();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("heading", { name: "You have signed out" })).toBeVisible();

  // An admin reads the audit log for this referral: every step, by the triager who took it.
  const adminEmail = uniqueEmail("admin");
  createStaffAccount({ email: adminEmail, name: "Ade Admin", role: "admin", password: PASSWORD });
  await signIn(page, adminEmail, PASSWORD);
  await setUpTwoFactor(page, PASSWORD);
  await page.goto("/admin/audit");
  await page.getByLabel("Reference").fill(reference);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  // In words, each with the reference and the triager's name; the raw entry is one click away.
  const entries = page.getByRole("row").filter({ hasText: "Priya Triager" }).filter({ hasText: reference });
  for (const words of ["Referral viewed", "Assigned to Priya Triager", "Note added"]) {
    await expect(entries.filter({ hasText: words }).first()).toBeVisible();
  }
  const statusChanges = entries.filter({ hasText: "Status changed:" });
  await expect(statusChanges).toHaveCount(2);
  // The reason is read from the referral's record (the audit entry holds only which change it was).
  await expect(
    statusChanges.filter({
      hasText:
        "In review → Signposted elsewhere, reason: “Better suited to the adult talking therapies service; details sent.”",
    }),
  ).toHaveCount(1);
  await expectAccessible();
});
