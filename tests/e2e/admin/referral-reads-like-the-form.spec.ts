import { expect, test } from "../fixtures";
import { insertDuplicatePair } from "./dashboard-support";

const surname = () =>
  `Lee${Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")
    .slice(0, 6)}`;

// The age the page should show for someone born on 2 September 2012, worked out from today.
function ageToday(): number {
  const now = new Date();
  const birthdayPassed = now.getUTCMonth() > 8 || (now.getUTCMonth() === 8 && now.getUTCDate() >= 2);
  return now.getUTCFullYear() - 2012 - (birthdayPassed ? 0 : 1);
}

test("a triager sees possible duplicates in the inbox, reads a referral laid out as the form was, and links the two", async ({
  page,
  expectAccessible,
  signInAsTriager,
}) => {
  const familyName = surname();
  const { older, newer } = await insertDuplicatePair(familyName);

  await signInAsTriager();
  await page.goto("/admin");
  await page.getByLabel("Search referrals").fill(familyName);
  await page.getByRole("main").getByRole("button", { name: "Search", exact: true }).click();
  // Each row by its own reference link: the other reference appears in its duplicate tag.
  const rowOf = (reference: string) =>
    page.getByRole("row").filter({ has: page.getByRole("link", { name: reference, exact: true }) });
  await expect(
    page.getByRole("navigation", { name: "Queues" }).getByRole("link", { name: "Referrals (2)" }),
  ).toBeVisible();
  await expect(rowOf(newer.reference)).toContainText(`Possible duplicate of ${older.reference}`);
  await expect(rowOf(older.reference)).toContainText(`Possible duplicate of ${newer.reference}`);
  await expect(page.getByRole("columnheader", { name: "Suggested programme" })).toBeVisible();
  await expectAccessible();

  await page.getByRole("link", { name: newer.reference, exact: true }).click();
  await expect(page.getByRole("heading", { name: `Referral ${newer.reference}` })).toBeVisible();
  // The risk and safeguarding box: every flag, and how not to contact them.
  const box = page.locator(".nhsuk-warning-callout").filter({ hasText: "Risk and safeguarding" });
  await expect(box).toContainText("Thoughts of self-harm or suicide");
  await expect(box).toContainText("Under 16, parent does not know");
  await expect(box).toContainText("Do not leave voicemail");
  await expect(box).toContainText("Does a parent or carer know you are asking for help?");
  // The second, safe way to reach them sits beside what not to do (H17).
  await expect(box).toContainText("Another safe way to reach you");
  await expect(box).toContainText("Text my aunt on 07700 900111");
  // The form's own labels and formats, what is happening first, the date of birth with the age.
  const answers = page.locator("section[aria-label]");
  await expect(answers.first()).toContainText("Tell us what has been happening and how you have been feeling");
  await expect(page.getByText(`2 September 2012 (age ${ageToday()})`)).toHaveCount(1);
  await expect(page.getByText("Can we leave a voicemail?")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Person", exact: true })).toHaveCount(0);
  await expectAccessible();

  await page.getByRole("button", { name: `Link with ${older.reference}` }).click();
  await expect(page.getByText("Referrals linked. Both are kept.")).toBeVisible();
  await expect(page.getByText(`Linked with ${older.reference}`)).toBeVisible();
  await expect(page.locator(".admin-timeline")).toContainText("Linked with a possible duplicate");
  await expectAccessible();
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("a triager switches to the enquiries queue and dismisses a possible duplicate", async ({
    page,
    signInAsTriager,
  }) => {
    const familyName = surname();
    const { older, newer } = await insertDuplicatePair(familyName);

    await signInAsTriager();
    await page.goto("/admin");
    await page
      .getByRole("navigation", { name: "Queues" })
      .getByRole("link", { name: /^Enquiries/ })
      .click();
    await expect(page).toHaveURL(/queue=enquiries/);
    await expect(page.getByRole("link", { name: /^Enquiries/ })).toHaveAttribute("aria-current", "page");

    await page.goto(`/admin/referrals/${older.id}`);
    await page.getByRole("button", { name: `Not the same person: dismiss ${newer.reference}` }).click();
    await expect(page.getByText("Possible duplicate dismissed.")).toBeVisible();
    await expect(page.getByText(`Possible duplicate of ${newer.reference}`)).toHaveCount(0);
  });
});
