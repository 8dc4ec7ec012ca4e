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

// Consent for children and young people (issue 11, H11): parental responsibility, the young
// person's agreement, a parent or carer's details from a professional, and the move of someone
// 18 or over to the adult form. On a phone, with JavaScript on and off, axe on each distinct page.

// The walks do not depend on each other: spread over the workers, not one worker's queue.
test.describe.configure({ mode: "parallel" });

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled, viewport: { width: 375, height: 740 } });
    test.describe.configure({ timeout: WHOLE_JOURNEY_TIMEOUT });

    test("a parent of a 16-year-old who has not agreed is told why and what to do, and can send once they agree", async ({
      page,
      checkPage: check,
    }) => {
      await page.goto("/refer");
      await page.getByLabel(/My child or a young person I care for/).check();
      await page.getByRole("button", { name: "Continue" }).click();
      await answerRisk(page, check, false);
      await giveNameAndBirthday(page, check, 16);
      await page.getByLabel("Your full name").fill("Sam Testparent");
      await page.getByLabel("Your relationship to the child").fill("Mother");
      await page
        .getByRole("group", { name: /Does your child know/ })
        .getByLabel("Yes")
        .check();
      await continueOn(page, check);
      await giveParentalResponsibility(page, check, true);

      await expect(page.getByRole("heading", { level: 1, name: "Your child's agreement" })).toBeVisible();
      const agrees = page.getByRole("group", { name: "Does your child agree to this referral?" });
      await agrees.getByLabel("No", { exact: true }).check();
      await page.getByRole("group", { name: "Who should we contact first?" }).getByLabel("My child").check();
      await page.getByLabel("Your child's phone number").fill("07700 900555");
      await continueOn(page, check);

      await expect(page).toHaveURL(/\/refer\/parent-carer\/agreement-needed$/);
      await expect(page.getByRole("heading", { level: 1, name: "You cannot send this referral yet" })).toBeVisible();
      await expect(page.getByText(/we can only accept a referral for them if they agree/)).toBeVisible();
      await expect(page.getByText(/Talk with your child about it/)).toBeVisible();
      await expect(page.getByText(/Your child can refer themselves/)).toBeVisible();
      await expect(page.getByRole("heading", { level: 2, name: "If your child is at risk now" })).toBeVisible();
      await expect(page.locator('a[href="tel:999"]').first()).toBeVisible();
      await expect(page.getByRole("button", { name: "Continue" })).toHaveCount(0);
      await check();

      // Nothing can be sent past this page: the check page leads back here.
      await page.goto("/refer/parent-carer/check");
      await expect(page.getByRole("heading", { level: 1, name: "You cannot send this referral yet" })).toBeVisible();

      await page.getByRole("link", { name: "Change your answer about your child's agreement" }).click();
      await expect(agrees.getByLabel("No", { exact: true })).toBeChecked();
      await agrees.getByLabel("Yes").check();
      await continueOn(page, check);
      await giveContact(page, check, "parent16@example.net");
      await giveWhere(page, check);
      await describeConcerns(page, check, "Not sleeping, stopped seeing friends");
      await giveOwnWords(page, check, "I want to feel like myself again");
      await giveNeeds(page, check);
      await expect(page.getByText("I want to feel like myself again", { exact: true })).toBeVisible();
      const reference = await sendAndGetReference(page, check);
      const [mail] = await waitForMail(`New referral ${reference}`);
      expect(mail!.text).toContain("Suggested programme: IPT for young people (IPT-A)");
    });

    test("a GP referring a 10-year-old must give a parent or carer's details and who agreed", async ({
      page,
      checkPage: check,
    }) => {
      await page.goto("/refer");
      await page.getByLabel(/I am a GP or other professional/).check();
      await page.getByRole("button", { name: "Continue" }).click();
      await answerRisk(page, check, false);
      await giveNameAndBirthday(page, check, 10);
      await giveReferrer(page, check);

      await expect(page.getByRole("heading", { level: 1, name: "The child's parent or carer" })).toBeVisible();
      await page.getByRole("button", { name: "Continue" }).click();
      const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
      await expect(summary.getByRole("link", { name: "Enter the parent or carer's full name" })).toBeVisible();
      await expect(
        summary.getByRole("link", { name: "Enter the parent or carer's phone number or email address" }),
      ).toBeVisible();
      await expect(
        summary.getByRole("link", { name: "Select whether they have parental responsibility" }),
      ).toBeVisible();
      await check();
      await giveParentDetails(page, check);

      await giveParentalResponsibility(page, check, false);
      await giveContact(page, check, "");
      await giveWhere(page, check);
      await describeConcerns(page, check, "Very anxious, not going to school");
      await giveOwnWords(page, check, "");
      await page.getByRole("group", { name: "Has the person agreed to this referral?" }).getByLabel("Yes").check();
      await page.getByRole("group", { name: "Are there any safeguarding concerns?" }).getByLabel("No").check();
      await continueOn(page, check);
      await sayWhoAgreed(page, check, /^Their parent or carer$/);
      await giveNeeds(page, check);
      await expect(page.getByText("Sam Testparent", { exact: true })).toBeVisible();
      await expect(page.getByText("Their parent or carer", { exact: true })).toBeVisible();
      const reference = await sendAndGetReference(page, check);
      const [mail] = await waitForMail(`New referral ${reference}`);
      // A GP's patient is suggested a programme by age: at 10, the family programme.
      expect(mail!.text).toContain("Suggested programme: Family-based IPT (FB-IPT)");
    });

    test("an 18-year-old who chooses the young person's form is moved to the adult form and keeps their answers", async ({
      page,
      checkPage: check,
    }) => {
      await page.goto("/refer");
      await page.getByLabel(/Me, and I am a young person/).check();
      await page.getByRole("button", { name: "Continue" }).click();
      await answerRisk(page, check, false);
      await giveNameAndBirthday(page, check, 18);
      await expect(page).toHaveURL(/\/refer\/adult\/moved-from-young-person$/);
      await expect(
        page.getByRole("heading", { level: 1, name: "We have moved you to the form for adults" }),
      ).toBeVisible();
      await expect(page.getByText("From your date of birth, you are 18.")).toBeVisible();
      await expect(page.getByText("We have kept your answers.")).toBeVisible();
      await check();
      await page.getByRole("link", { name: "Continue", exact: true }).click();
      await giveContact(page, check, "eighteen@example.net");
      await giveWhere(page, check);
      await describeConcerns(page, check, "Low since starting college");
      await giveNeeds(page, check);
      await expect(page.getByText("You are 18", { exact: true })).toBeVisible();
      await expect(page.getByText("Alex", { exact: true })).toBeVisible();
      const reference = await sendAndGetReference(page, check);
      const [mail] = await waitForMail(`New referral ${reference}`);
      expect(mail!.text).toContain("Type: Adult, for themselves");
      // An 18-year-old is never suggested an adolescent programme.
      expect(mail!.text).toContain("Suggested programme: IPT for adults");
      expect(mail!.text).not.toMatch(/IPT-A\b|IPT-AST|FB-IPT/);
    });
  });
}
