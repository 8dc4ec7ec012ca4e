import { readFile } from "node:fs/promises";
import { expect, test } from "../fixtures";
import { createStaffAccount, insertReferral, setUpTwoFactor, signIn, uniqueEmail } from "./support";

const PASSWORD = "a long triage password 2026";

test("a triager signs in with an authenticator code, opens a referral, assigns it, changes its status with a reason and adds a note", async ({
  page,
  expectAccessible,
}) => {
  const email = uniqueEmail("triager");
  createStaffAccount({ email, name: "Tina Triager", role: "triager", password: PASSWORD });
  const referral = await insertReferral({
    givenName: "Robin",
    familyName: "Fletcher",
    urgent: true,
    emailOverdue: true,
    answers: { whatIsHappening: "Not eating, <b>withdrawn</b>", riskToSelf: "Has talked about not wanting to be here" },
  });

  // First sign-in: two-factor set-up is required before anything else.
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveTitle("Set up two-factor sign-in – Staff dashboard");
  await expectAccessible();
  const key = await setUpTwoFactor(page, PASSWORD);
  // A cookie the site set earlier (a half-finished form, say): signing out clears every one (L-8).
  const origin = new URL(page.url()).origin;
  await page.context().addCookies([{ name: "ipt_left_behind", value: "1", url: origin }]);
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("heading", { name: "You have signed out" })).toBeVisible();
  expect((await page.context().cookies()).map((c) => c.name)).toEqual([]);
  await expect(page).toHaveTitle("You have signed out – Staff dashboard");
  await expectAccessible();

  // Every later sign-in needs the code from the app.
  await signIn(page, email, PASSWORD, key);
  await expect(page.getByRole("heading", { name: "Inbox" })).toBeVisible();
  await expect(page).toHaveTitle("Inbox – Staff dashboard");
  // The dashboard's own frame: the staff header, the person signed in and a visible Sign out; none of
  // the public site's header, "Get help now" link, search box or footer.
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
  await expect(page.getByRole("banner").getByText("Tina Triager", { exact: true })).toBeVisible();
  await expect(page.getByRole("banner")).toHaveCount(1);
  await expect(page.getByRole("banner")).toContainText("staff dashboard");
  await expect(page.getByRole("contentinfo")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Get help now" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Search", exact: true })).toHaveCount(1);
  await expect(page.getByRole("main")).toContainText("trial service");
  await expectAccessible();
  // The production build's session cookie: out of reach of scripts, HTTPS only, not sent cross-site.
  const sessionCookie = (await page.context().cookies()).find((c) => c.name.endsWith("ipt-staff.session_token"));
  expect(sessionCookie).toMatchObject({
    name: "__Host-ipt-staff.session_token",
    path: "/",
    httpOnly: true,
    secure: true,
    sameSite: "Lax",
  });
  // A browser-session cookie: closing the browser on a shared PC ends the session (L-8).
  expect(sessionCookie?.expires).toBe(-1);

  // Find the referral by its reference and open it. The words searched for never travel in a URL
  // (review L-2): the form posts them, and the inbox's address holds a saved search's id.
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  await page.getByLabel("Search referrals").fill(referral.reference);
  await page.getByRole("main").getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/[?&]search=[A-Za-z0-9_-]{22}/);
  expect(requested.filter((url) => url.includes(referral.reference))).toEqual([]);
  await expect(page.getByLabel("Search referrals")).toHaveValue(referral.reference);
  // The worker could not email the team about it, so the dashboard says so instead.
  await expect(page.getByRole("row").filter({ hasText: referral.reference })).toContainText("Email to team not sent");
  // An urgent referral's own target, the same-working-day call, not the routine working days (issue 10).
  await expect(page.getByRole("row").filter({ hasText: referral.reference })).toContainText("Urgent target: call by");
  await expectAccessible();
  await page.getByRole("link", { name: referral.reference }).click();
  await expect(page.getByRole("heading", { name: `Referral ${referral.reference}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Important: Email to team not sent" })).toBeVisible();
  await expect(page.getByText("Risk and safeguarding")).toBeVisible();
  await expect(page.getByText("Has talked about not wanting to be here")).toBeVisible();
  // Answers are shown as text, never as markup.
  await expect(page.getByText("Not eating, <b>withdrawn</b>")).toBeVisible();
  await expect(page).toHaveTitle("Referral – Staff dashboard");
  await expectAccessible();

  await page.getByLabel("Assigned to").selectOption({ label: "Tina Triager" });
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByText("Assignment saved.")).toBeVisible();

  await page.getByLabel("In review").check();
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(page.getByText("Status changed.")).toBeVisible();
  await expect(page.getByRole("group", { name: "Move from In review to" })).toBeVisible();

  // An outcome without a reason is refused, with the error tied to the field.
  await page.getByLabel("Accepted").check();
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(page.getByRole("link", { name: "Enter the reason for accepted" })).toBeVisible();
  await expect(page).toHaveTitle("Referral – Staff dashboard");
  await expectAccessible();
  await page.getByLabel("Reason").fill("Meets the criteria for IPT-A; offered an assessment.");
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(page.getByRole("group", { name: "Move from Accepted to" })).toBeVisible();

  await page.getByLabel("Note", { exact: true }).fill("Called mum, assessment booked for Tuesday.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText("Note added.")).toBeVisible();

  const timeline = page.locator(".admin-timeline");
  await expect(timeline).toContainText("Assigned to Tina Triager");
  await expect(timeline).toContainText("Status changed from In review to Accepted");
  await expect(timeline).toContainText("Meets the criteria for IPT-A");
  await expect(timeline).toContainText("Called mum, assessment booked for Tuesday.");

  // A triager has no export, audit log or staff pages.
  await expect(page.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  expect((await page.goto("/admin/audit"))?.status()).toBe(404);
});

test("a new admin changes the one-time password, sets up two-factor sign-in, exports the list and reads the audit log", async ({
  page,
  expectAccessible,
}) => {
  const email = uniqueEmail("admin");
  const output = createStaffAccount({ email, name: "Adam Admin", role: "admin" });
  const oneTimePassword = output.match(/One-time password: (\S+)/)![1]!;
  await insertReferral({ givenName: '=HYPERLINK("http://evil.example")', familyName: "Smith" });

  await signIn(page, email, oneTimePassword);
  await expect(page.getByRole("heading", { name: "Choose your own password" })).toBeVisible();
  await expect(page).toHaveTitle("Change your password – Staff dashboard");
  await expectAccessible();
  await page.getByLabel("One-time password").fill(oneTimePassword);
  await page.getByLabel("New password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Confirm new password").fill(PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await setUpTwoFactor(page, PASSWORD);
  await expect(page).toHaveTitle("Your account – Staff dashboard");
  await expectAccessible();

  await page.goto("/admin?status=all");
  // A download of personal data needs the password again (review L-5): without it, the same list
  // comes back with the error, and nothing is downloaded.
  await page.getByRole("button", { name: "Download this list as a spreadsheet (CSV)" }).click();
  await expect(page.getByRole("link", { name: "Enter your password to download personal data" })).toBeVisible();
  expect(new URL(page.url()).searchParams.get("status")).toBe("all");
  await expectAccessible();
  await page.getByLabel("Your password").fill(PASSWORD);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download this list as a spreadsheet (CSV)" }).click();
  const csv = await readFile((await (await download).path())!, "utf8");
  expect(csv).toContain('"Reference","Received","Urgent","Status"');
  expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);

  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await expect(page).toHaveTitle("Audit log – Staff dashboard");
  await expectAccessible();
  await page.getByLabel("Action").selectOption("referral.exported");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("cell", { name: "Adam Admin" }).first()).toBeVisible();

  await page.getByRole("link", { name: "Staff", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Staff", exact: true })).toBeVisible();
  await expect(page).toHaveTitle("Staff – Staff dashboard");
  await expectAccessible();
  await page.getByRole("link", { name: "Your account" }).click();
  await expect(page).toHaveTitle("Your account – Staff dashboard");
  await expectAccessible();
});

test("an anonymous visitor is sent to sign in, and the sign-in page says why a wrong password failed", async ({
  page,
  expectAccessible,
}) => {
  await page.goto("/admin/referrals/00000000-0000-4000-8000-000000000000");
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("link", { name: "Enter your email address" })).toBeVisible();
  await expect(page).toHaveTitle("Sign in – Staff dashboard");
  await expectAccessible();
  await page.getByLabel("Email address").fill("someone@example.nhs.uk");
  await page.getByLabel("Password", { exact: true }).fill("not a real password");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("The email address or password is not right.")).toBeVisible();
  await expect(page.getByLabel("Email address")).toHaveValue("someone@example.nhs.uk");
});
