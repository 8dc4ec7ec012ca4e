import { expect, test } from "./fixtures";
import {
  answer,
  answerRisk,
  continueOn,
  describeConcerns,
  giveNameAndBirthday,
  giveSafeContact,
  sendAndGetReference,
  giveOwnWords,
  giveParentalResponsibility,
} from "./journey-pages";
import { allMail, waitForMail } from "./mailbox";
import { WHOLE_JOURNEY_TIMEOUT } from "./playwright.config";

// Contact that is safe (H05, H17) and inclusion (H10), on a phone-sized screen with JavaScript on and
// off: each way of contacting asked separately, the reference emailed only when asked for, the
// interpreter's language revealed under Yes, and no fixed address accepted.

// The walks do not depend on each other: spread over the workers, not one worker's queue.
test.describe.configure({ mode: "parallel" });

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled, viewport: { width: 375, height: 740 } });
    test.describe.configure({ timeout: WHOLE_JOURNEY_TIMEOUT });

    test("the contact page asks separately about calls, voicemail, texts, email and a shared phone, and sends no reference email unless asked", async ({
      page,
      checkPage: check,
    }) => {
      await page.goto("/refer");
      await page.getByLabel(/Me, and I am an adult/).check();
      await page.getByRole("button", { name: "Continue" }).click();
      await answerRisk(page, check, false);
      await giveNameAndBirthday(page, check, 30);

      await expect(page.getByRole("heading", { level: 1, name: "How we can contact you" })).toBeVisible();
      await expect(page.getByLabel("Yes, email me my reference")).not.toBeChecked();
      await page.getByLabel("Phone number").fill("07700 900982");
      await page.getByRole("button", { name: "Continue" }).click();
      const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
      for (const message of [
        "Select yes if we can call this number",
        "Select yes if we can leave a voicemail",
        "Select yes if we can send a text message",
        "Select whether other people use this phone",
      ]) {
        await expect(summary.getByRole("link", { name: message })).toBeVisible();
      }
      await expect(page.getByLabel("Phone number")).toHaveValue("07700 900982");
      await check();

      await answer(page, "Can we call this number?", "Yes");
      await answer(page, "Can we leave a voicemail?", "No");
      await answer(page, "Can we send a text message?", "No");
      await answer(page, "Is this your phone, not a shared one?", "No, other people can see it too");
      const email = `no-reference-${javaScriptEnabled ? "js" : "nojs"}-${Date.now()}@example.net`;
      await page.getByLabel("Email address").fill(email);
      await answer(page, "Can we email this address?", "Yes");
      await answer(page, "Is this your own inbox?", "Yes, only I read it");
      await continueOn(page, check);

      // No voicemail or texts on a shared phone: a second, safe way to reach them is asked, optionally (H17).
      await expect(page.getByRole("heading", { level: 1, name: "A safe way to reach you" })).toBeVisible();
      await giveSafeContact(
        page,
        check,
        "My friend Jo on 07700 900111, any evening",
        "Do not say it is about my health",
      );

      // No fixed address: the postcode can be left out.
      await expect(page.getByRole("heading", { level: 1, name: /Where you live/ })).toBeVisible();
      await page.getByLabel("I do not have a fixed address").check();
      await continueOn(page, check);
      await describeConcerns(page, check, "Sleeping in different places since the summer");
      await answer(page, "Do you look after someone? (optional)", "Yes");
      await continueOn(page, check);

      await expect(page.getByText("My friend Jo on 07700 900111, any evening")).toBeVisible();
      const reference = await sendAndGetReference(page, check);
      await waitForMail(`New referral ${reference}`);
      // The team's email has gone; give the reference email the same time again, then check it never came.
      await page.waitForTimeout(3_000);
      expect((await allMail()).filter((m) => m.to.includes(email))).toEqual([]);
    });

    test("a parent who asks for their reference by email gets one with a neutral subject, and is asked about their own interpreter", async ({
      page,
      checkPage: check,
    }) => {
      await page.goto("/refer");
      await page.getByLabel(/My child or a young person I care for/).check();
      await page.getByRole("button", { name: "Continue" }).click();
      await answerRisk(page, check, false);

      // The interpreter question is early, on the about page; the language shows under Yes.
      await expect(page.getByRole("heading", { level: 1, name: "About your child" })).toBeVisible();
      if (javaScriptEnabled) await expect(page.getByLabel("Which language?")).toHaveCount(0);
      await answer(page, "Does your child need an interpreter?", "Yes");
      await expect(page.getByLabel("Which language?")).toBeVisible();
      await page.getByLabel("First name").fill("Alex");
      await page.getByLabel("Last name").fill("Testperson");
      await page.getByLabel("What do they like to be called? (optional)").fill("Lex");
      await page.getByLabel("Day").fill("1");
      await page.getByLabel("Month").fill("1");
      await page.getByLabel("Year").fill(String(new Date().getUTCFullYear() - 10));
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(
        page.getByRole("alert").getByRole("link", { name: "Enter the language the interpreter should speak" }),
      ).toBeVisible();
      await page.getByLabel("Which language?").fill("Polish");
      await continueOn(page, check);

      await page.getByLabel("Your full name").fill("Sam Testparent");
      await page.getByLabel("Your relationship to the child").fill("Mother");
      await page
        .getByRole("group", { name: /Does your child know/ })
        .getByLabel("Yes")
        .check();
      await continueOn(page, check);
      await giveParentalResponsibility(page, check, true);

      await expect(page.getByRole("heading", { level: 1, name: "How we can contact you" })).toBeVisible();
      const email = `reference-${javaScriptEnabled ? "js" : "nojs"}-${Date.now()}@example.net`;
      await page.getByLabel("Email address").fill(email);
      await answer(page, "Can we email this address?", "Yes");
      await answer(page, "Is this your own inbox?", "Yes, only I read it");
      await page.getByLabel("Yes, email me my reference").check();
      await answer(page, "Do you need an interpreter when we talk to you?", "No");
      await continueOn(page, check);
      await page.getByLabel("Postcode (optional)").fill("EX1 1AA");
      await continueOn(page, check);
      await describeConcerns(page, check, "Very withdrawn since her grandad died");
      await giveOwnWords(page, check, "I miss grandad");
      await continueOn(page, check);

      const reference = await sendAndGetReference(page, check);
      const [mail] = await waitForMail(`Your reference ${reference}`);
      expect(mail!.to).toContain(email);
      expect(`${mail!.subject}\n${mail!.text}`).not.toMatch(/mental health|therap|referral/i);
    });
  });
}
