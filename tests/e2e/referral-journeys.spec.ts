import { expect, test } from "./fixtures";
import {
  answerRisk,
  continueOn,
  describeConcerns,
  giveContact,
  giveNameAndBirthday,
  giveNeeds,
  giveOwnWords,
  giveParentalResponsibility,
  giveParentDetails,
  giveReferrer,
  giveWhere,
  sayWhoAgreed,
  sendAndGetReference,
} from "./journey-pages";
import { waitForMail } from "./mailbox";
import { WHOLE_JOURNEY_TIMEOUT } from "./playwright.config";

// The referral journeys of issues 10 and 11, each walked on a phone-sized screen with JavaScript
// on and off: axe-core on each distinct page (checkPage, tests/e2e/accessible-once.ts), a reference
// at the end, and the clinical support officer's email in the SMTP server.

// The walks do not depend on each other; spread over the workers, the longest file is not one worker's tail.
test.describe.configure({ mode: "parallel" });

const phone = { width: 375, height: 740 };

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled, viewport: phone });
    // The GP's walk once ran out of 120 s without JavaScript with the machine's load at 16.
    test.describe.configure({ timeout: WHOLE_JOURNEY_TIMEOUT });

    test("a young person of 13 refers themselves, is asked about their parents and is suggested IPT-A", async ({
      page,
      checkPage: check,
    }) => {
      await page.goto("/refer");
      await check();
      await page.getByLabel(/Me, and I am a young person/).check();
      await page.getByRole("button", { name: "Continue" }).click();
      await answerRisk(page, check, false);
      await giveNameAndBirthday(page, check, 13);
      await expect(page.getByRole("heading", { level: 1, name: "Your parents or carers" })).toBeVisible();
      await expect(page.getByText(/What you tell us is private/)).toBeVisible();
      await page
        .getByRole("group", { name: "Does a parent or carer know you are asking for help?" })
        .getByLabel("No")
        .check();
      await page.getByRole("group", { name: "Can we contact a parent or carer?" }).getByLabel("No").check();
      await continueOn(page, check);
      await giveContact(page, check, "alex@example.net");
      await giveWhere(page, check);
      // The questionnaires are offered to a young person, and "I'd rather not answer these" still sends.
      expect(await describeConcerns(page, check, "Things have been hard at school")).toBe("questionnaires declined");
      await giveNeeds(page, check);
      const reference = await sendAndGetReference(page, check);
      const [mail] = await waitForMail(`New referral ${reference}`);
      expect(mail!.text).toContain("Suggested programme: IPT for young people (IPT-A)");
    });

    test("an at-risk 14-year-old who chooses the adult form is moved to the young person's form, keeps their answers, sees the confidentiality page and is suggested IPT-A, never the skills group", async ({
      page,
      checkPage: check,
    }) => {
      await page.goto("/refer");
      await page.getByLabel(/Me, and I am an adult/).check();
      await page.getByRole("button", { name: "Continue" }).click();
      await answerRisk(page, check, true);
      await giveNameAndBirthday(page, check, 14);
      await expect(page).toHaveURL(/\/refer\/young-person\/moved-from-adult$/);
      await expect(
        page.getByRole("heading", { level: 1, name: "We have moved you to the form for young people" }),
      ).toBeVisible();
      await expect(page.getByText("From your date of birth, you are 14.")).toBeVisible();
      await check();
      await page.getByRole("link", { name: "Continue", exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Your parents or carers" })).toBeVisible();
      await expect(page.getByText(/What you tell us is private/)).toBeVisible();
      await page
        .getByRole("group", { name: "Does a parent or carer know you are asking for help?" })
        .getByLabel("Yes")
        .check();
      await page
        .getByRole("group", { name: "Can we contact a parent or carer?" })
        .getByLabel("I would like to talk to you about it first")
        .check();
      await continueOn(page, check);
      await giveContact(page, check, "moved@example.net");
      await giveWhere(page, check);
      await describeConcerns(page, check, "Arguing at home all the time");
      await giveNeeds(page, check);
      await expect(page.getByRole("heading", { level: 1, name: "Check your answers before sending" })).toBeVisible();
      await expect(page.getByText("You are 14", { exact: true })).toBeVisible();
      await expect(page.getByText("Alex", { exact: true })).toBeVisible();
      // At risk: the crisis lines stay after the move, and the urgent standard replaces the routine promise.
      await expect(page.getByRole("complementary", { name: "Help now" })).toBeVisible();
      const reference = await sendAndGetReference(page, check, "Send referral", true);
      const [mail] = await waitForMail(`URGENT: New referral ${reference}`);
      // A treatment programme for an at-risk young person, never the prevention group (H04).
      expect(mail!.text).toContain("Suggested programme: IPT for young people (IPT-A)");
      expect(mail!.text).not.toContain("IPT-AST");
    });

    test("a parent refers their child of 10", async ({ page, checkPage: check }) => {
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
      await giveContact(page, check, "parent@example.net");
      await giveWhere(page, check);
      await describeConcerns(page, check, "Very withdrawn since her grandad died");
      await giveOwnWords(page, check, "I miss grandad");
      await giveNeeds(page, check);
      const reference = await sendAndGetReference(page, check);
      const mails = await waitForMail(`New referral ${reference}`);
      expect(mails[0]!.text).toContain("Suggested programme: Family-based IPT (FB-IPT)");
    });

    test("a GP not sure whether a patient might act on thoughts of suicide soon sends an urgent referral: crisis lines stay on every page and the confirmation gives the urgent standard", async ({
      page,
      checkPage: check,
    }) => {
      await page.goto("/refer");
      await page.getByLabel(/I am a GP or other professional/).check();
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        "Is the person having thoughts of ending their life or hurting themselves?",
      );
      await page.getByRole("radio", { name: "I'm not sure" }).check();
      if (javaScriptEnabled) {
        // The crisis lines appear as soon as "not sure" is chosen, in a live region.
        await expect(page.locator("[aria-live=polite]").getByRole("link", { name: /Call 999/ })).toBeVisible();
      }
      await continueOn(page, check);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        "Do you think the person you are referring might act on these thoughts in the next day or two?",
      );
      await page.getByRole("radio", { name: "I'm not sure" }).check();
      await continueOn(page, check);
      await page.getByRole("radio", { name: "No", exact: true }).check();
      await continueOn(page, check);
      await expect(page.getByRole("heading", { level: 1, name: "Get help now" })).toBeVisible();
      await expect(page.getByRole("link", { name: /Call 111/ })).toBeVisible();
      await expect(page.getByRole("link", { name: /116 123/ })).toBeVisible();
      await expect(page.getByRole("link", { name: /Text SHOUT to 85258/ })).toBeVisible();
      await expect(page.getByRole("link", { name: /0800 1111/ })).toBeVisible();
      await check();
      await page.getByRole("link", { name: "Continue with the form" }).click();
      // From here on the crisis lines stay at the top of every page.
      await expect(page.getByRole("complementary", { name: "Help now" })).toBeVisible();
      await giveNameAndBirthday(page, check, 16);
      await giveReferrer(page, check);
      await giveParentDetails(page, check);
      await giveParentalResponsibility(page, check, false);
      await giveContact(page, check, "");
      await giveWhere(page, check);
      await describeConcerns(page, check, "Low mood and self-harm thoughts");
      await giveOwnWords(page, check, "");
      await page.getByRole("group", { name: "Has the person agreed to this referral?" }).getByLabel("Yes").check();
      await page.getByRole("group", { name: "Are there any safeguarding concerns?" }).getByLabel("No").check();
      await continueOn(page, check);
      await sayWhoAgreed(page, check, /^The young person and their parent or carer/);
      await giveNeeds(page, check);
      await expect(page.getByRole("complementary", { name: "Help now" })).toBeVisible();
      const reference = await sendAndGetReference(page, check, "Send referral", true);
      await expect(page.getByRole("complementary", { name: "Help now" })).toBeVisible();
      const [mail] = await waitForMail(`URGENT: New referral ${reference}`);
      expect(mail!.subject).toBe(`URGENT: New referral ${reference} – at risk now`);
      // A GP's patient is suggested a programme by age: 16 and at risk is IPT-A, never the skills group.
      expect(mail!.text).toContain("Suggested programme: IPT for young people (IPT-A)");
      expect(mail!.text).not.toContain("IPT-AST");
    });
  });
}

// Not one of the personas of issues 10 and 11, and no page of it differs without JavaScript: the
// adult form's pages are walked without JavaScript by the 18-year-old moved to it
// (consent-journeys.spec.ts) and the adult answering PHQ-9 (measures.spec.ts).
test.describe("JavaScript on", () => {
  test.use({ viewport: phone });
  test.describe.configure({ timeout: WHOLE_JOURNEY_TIMEOUT });

  test("an adult refers themselves", async ({ page, checkPage: check }) => {
    await page.goto("/refer");
    await page.getByLabel(/Me, and I am an adult/).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await answerRisk(page, check, false);
    await giveNameAndBirthday(page, check, 34);
    // An address of its own: the reference email goes at most once per address per day.
    const email = `adult-${Date.now()}@example.net`;
    await giveContact(page, check, email);
    await giveWhere(page, check);
    await describeConcerns(page, check, "Low mood since losing my job");
    await giveNeeds(page, check);
    const reference = await sendAndGetReference(page, check);
    await waitForMail(`New referral ${reference}`);
    const ack = await waitForMail(`Your reference ${reference}`);
    expect(ack[0]!.to).toContain(email);
  });
});
