import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";
import {
  answer,
  answerRisk,
  continueOn,
  giveContact,
  giveNameAndBirthday,
  giveNeeds,
  giveOwnWords,
  giveParentalResponsibility,
  giveWhere,
  sendAndGetReference,
  type Check,
} from "./journey-pages";
import { waitForMail } from "./mailbox";

// The standard measures (issue 16), on a phone with axe-core on each distinct page: PHQ-9 item 9
// shows the crisis lines at once and flags the referral, with JavaScript on and off (the two paths
// differ); the SMFQ with the keyboard alone, with JavaScript on; parents get the parent version,
// with JavaScript off. Skipping the questionnaires is walked by the 13-year-old in
// referral-journeys.spec.ts, with JavaScript on and off.

async function concernsThenMeasures(
  page: Page,
  check: Check,
  choice: "Yes, I'll answer them" | "I'd rather not answer these",
) {
  await page.getByRole("textbox", { name: /Tell us what has been happening/ }).fill("Low mood for months");
  await continueOn(page, check);
  await expect(page.getByRole("heading", { level: 1, name: /^Questions about how/ })).toBeVisible();
  await expect(page.getByText(/A clinician reads every referral and decides what happens next/)).toBeVisible();
  await expect(page.getByText(/You do not have to answer them/)).toBeVisible();
  await answer(page, "Would you like to answer these questions?", choice);
  await continueOn(page, check);
}

const item = (page: Page, n: number) => page.getByRole("group", { name: new RegExp(`^${n}\\. `) });
const phone = { width: 375, height: 740 };

// The walks do not depend on each other; spread over the workers, this file is not one worker's tail.
test.describe.configure({ mode: "parallel" });

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled, viewport: phone });
    test.describe.configure({ timeout: 150_000 });

    test("an adult answers PHQ-9 item 9 with 'Several days', sees the crisis guidance at once, and the referral is flagged without changing the reply time", async ({
      page,
      checkPage: check,
    }) => {
      await page.goto("/refer");
      await page.getByLabel(/Me, and I am an adult/).check();
      await page.getByRole("button", { name: "Continue" }).click();
      await answerRisk(page, check, false);
      await giveNameAndBirthday(page, check, 34);
      await giveContact(page, check, `phq-${javaScriptEnabled}-${Date.now()}@example.net`);
      await giveWhere(page, check);
      await concernsThenMeasures(page, check, "Yes, I'll answer them");

      await expect(page.getByRole("heading", { level: 1, name: "Patient Health Questionnaire (PHQ-9)" })).toBeVisible();
      // One fieldset per item, usable with the keyboard alone: Space chooses, Tab moves to the next item.
      await item(page, 1).getByLabel("Not at all").focus();
      await page.keyboard.press("Space");
      await expect(item(page, 1).getByLabel("Not at all")).toBeChecked();
      await page.keyboard.press("Tab");
      await expect(item(page, 2).getByLabel("Not at all")).toBeFocused();
      for (let n = 2; n <= 8; n++) await item(page, n).getByLabel("Not at all").check();
      await item(page, 9).getByLabel("Several days").check();
      if (javaScriptEnabled) {
        // At once, before Continue, in the live region under the question.
        await expect(page.locator("[aria-live=polite]").getByRole("link", { name: /Call 999/ })).toBeVisible();
      }
      await continueOn(page, check);
      // Without JavaScript (and with it) the next page is the crisis guidance, with no promise of an urgent reply.
      await expect(page.getByRole("heading", { level: 1, name: "Get help now" })).toBeVisible();
      await expect(page.getByRole("link", { name: /Call 999/ }).first()).toBeVisible();
      await expect(page.getByText(/treat it as urgent/)).toHaveCount(0);
      await check();
      await page.getByRole("link", { name: "Continue with the form" }).click();

      await expect(page.getByRole("heading", { level: 1, name: /GAD-7/ })).toBeVisible();
      await expect(page.getByRole("complementary", { name: "Help now" })).toBeVisible();
      await continueOn(page, check); // every item left blank: allowed
      await expect(page.getByRole("heading", { level: 1, name: /WSAS/ })).toBeVisible();
      await item(page, 1)
        .getByLabel(/^I'm retired/)
        .check();
      await continueOn(page, check);
      await giveNeeds(page, check);

      await expect(page.getByRole("heading", { level: 1, name: "Check your answers before sending" })).toBeVisible();
      await check();
      await page.getByRole("button", { name: "Send referral" }).click();
      await expect(page.getByRole("heading", { level: 1, name: /sent/ })).toBeVisible();
      await expect(page.getByText(/within 5 working days/)).toBeVisible();
      await expect(page.getByText(/We will read your referral first/)).toHaveCount(0);
      await check();
      const reference = (await page.getByTestId("reference").textContent())!.trim();
      const [mail] = await waitForMail(`New referral ${reference}`);
      expect(mail!.text).toContain("Thoughts of self-harm or suicide");
    });
  });
}

test.describe("JavaScript on", () => {
  test.use({ viewport: phone });
  test.describe.configure({ timeout: 150_000 });

  test("a young person of 15 answers the SMFQ, one fieldset per item, with the keyboard alone, and sends their referral", async ({
    page,
    checkPage: check,
  }) => {
    await page.goto("/refer");
    await page.getByLabel(/Me, and I am a young person/).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await answerRisk(page, check, false);
    await giveNameAndBirthday(page, check, 15);
    await page
      .getByRole("group", { name: "Does a parent or carer know you are asking for help?" })
      .getByLabel("No")
      .check();
    await page.getByRole("group", { name: "Can we contact a parent or carer?" }).getByLabel("No").check();
    await continueOn(page, check);
    await giveContact(page, check, "");
    await giveWhere(page, check);
    await concernsThenMeasures(page, check, "Yes, I'll answer them");
    await expect(page.getByRole("heading", { level: 1, name: /SMFQ\), self-report/ })).toBeVisible();
    await expect(item(page, 1)).toContainText("I felt miserable or unhappy");
    // Space chooses, Tab moves to the next item's fieldset, the arrow keys move within it.
    await item(page, 1).getByLabel("Sometimes").focus();
    await page.keyboard.press("Space");
    await expect(item(page, 1).getByLabel("Sometimes")).toBeChecked();
    await page.keyboard.press("Tab");
    await expect(item(page, 2).getByLabel("Not true")).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(item(page, 2).getByLabel("Sometimes")).toBeChecked();
    for (let n = 3; n <= 13; n++) await item(page, n).getByLabel("Not true").check();
    await continueOn(page, check);
    await giveNeeds(page, check);
    await sendAndGetReference(page, check);
  });
});

test.describe("JavaScript off", () => {
  test.use({ javaScriptEnabled: false, viewport: phone });
  test.describe.configure({ timeout: 150_000 });

  test("a parent of a child of 10 is offered the parent version of the SMFQ", async ({ page, checkPage: check }) => {
    await page.goto("/refer");
    await page.getByLabel(/My child or a young person I care for/).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await answerRisk(page, check, false);
    await giveNameAndBirthday(page, check, 10);
    await page.getByLabel("Your full name").fill("Sam Testparent");
    await page.getByLabel("Your relationship to the child").fill("Mother");
    await page
      .getByRole("group", { name: /Does your child know/ })
      .getByLabel("Yes")
      .check();
    await continueOn(page, check);
    await giveParentalResponsibility(page, check, true);
    await giveContact(page, check, "");
    await giveWhere(page, check);
    await concernsThenMeasures(page, check, "Yes, I'll answer them");
    await expect(page.getByRole("heading", { level: 1, name: /SMFQ\), parent report/ })).toBeVisible();
    await expect(item(page, 1)).toContainText("S/he felt miserable or unhappy");
    for (let n = 1; n <= 13; n++)
      await item(page, n)
        .getByLabel(n % 2 ? "Sometimes" : "Not true")
        .check();
    await continueOn(page, check);
    await giveOwnWords(page, check, "I feel sad");
    await giveNeeds(page, check);
    await sendAndGetReference(page, check);
  });
});

test("staff see the PHQ-9's total, band, source and each answer on the referral page, and its severity in the inbox", async ({
  page,
  checkPage: check,
  expectAccessible,
  signInAsTriager,
}) => {
  test.setTimeout(150_000);
  await page.goto("/refer");
  await page.getByLabel(/Me, and I am an adult/).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await answerRisk(page, check, false);
  await giveNameAndBirthday(page, check, 40);
  await giveContact(page, check, "");
  await giveWhere(page, check);
  await concernsThenMeasures(page, check, "Yes, I'll answer them");
  for (let n = 1; n <= 9; n++) await item(page, n).getByLabel("More than half the days").check();
  await continueOn(page, check);
  await page.getByRole("link", { name: "Continue with the form" }).click();
  await continueOn(page, check); // GAD-7 left blank
  await continueOn(page, check); // WSAS left blank
  await giveNeeds(page, check);
  await page.getByRole("button", { name: "Send referral" }).click();
  const reference = (await page.getByTestId("reference").textContent())!.trim();

  await signInAsTriager();
  await page.goto("/admin");
  await page.getByLabel("Search referrals").fill(reference);
  await page.getByRole("main").getByRole("button", { name: "Search", exact: true }).click();
  const row = page.getByRole("row", { name: new RegExp(reference) });
  await expect(row).toContainText("PHQ-9 18, Moderately severe (item 9)");
  await expectAccessible();
  await row.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { name: "Standard measures" })).toBeVisible();
  await expect(
    page.getByRole("heading", { name: "Patient Health Questionnaire (PHQ-9): 18 out of 27, Moderately severe" }),
  ).toBeVisible();
  await expect(page.getByText(/Kroenke, Spitzer & Williams 2001/)).toBeVisible();
  await expect(page.locator(".nhsuk-warning-callout").filter({ hasText: "Risk and safeguarding" })).toContainText(
    "PHQ-9 item 9",
  );
  await expect(page.locator(".nhsuk-warning-callout").filter({ hasText: "Risk and safeguarding" })).toContainText(
    "Thoughts of self-harm or suicide",
  );
  await expectAccessible();
});
