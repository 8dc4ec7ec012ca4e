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
  sayWhoAgreed,
  sendAndGetReference,
} from "./journey-pages";
import { uniqueEmail } from "./admin/support";
import { sentReferral, staffMove } from "./helpers/progress-check";
import { allMail, MAIL_POLL_INTERVALS } from "./mailbox";

// Issue 17's "a GP receives the outcome email", with its copy to the GP practice: on the "where" page
// the GP says the person agrees and gives the practice's address (revealed under "Yes" with
// JavaScript); a triager accepts the referral; the referrer and the practice each get an email with
// the reference, the stage and the outcome's words, and no name, answer or note.

// The walks do not depend on each other: spread over the workers, not one worker's queue.
test.describe.configure({ mode: "parallel" });

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled, viewport: { width: 375, height: 740 } });
    test.describe.configure({ timeout: 240_000 });

    test("a GP refers with the person's agreement to tell their practice; on Accepted the referrer and the practice get the outcome email, with no name, answer or note", async ({
      page,
      browser,
      checkPage: check,
      signInAsTriager,
    }) => {
      const practice = uniqueEmail(`practice-${javaScriptEnabled ? "js" : "nojs"}`);
      await page.goto("/refer");
      await page.getByLabel(/I am a GP or other professional/).check();
      await page.getByRole("button", { name: "Continue" }).click();
      await answerRisk(page, check, false);
      await giveNameAndBirthday(page, check, 16);
      await giveReferrer(page, check);
      await giveParentDetails(page, check);
      await giveParentalResponsibility(page, check, false);
      await giveContact(page, check, "");

      await expect(page.getByRole("heading", { level: 1, name: /^Where the person/ })).toBeVisible();
      await page.getByLabel("Postcode").fill("EX1 1AA");
      await page.getByLabel("GP practice (optional)").fill("Example Street Surgery");
      const address = page.getByLabel("GP practice email address");
      // With JavaScript the address is asked only after "Yes"; without it, it is always there.
      if (javaScriptEnabled) await expect(address).toBeHidden();
      await page
        .getByRole("group", { name: /agree to us telling their GP practice the outcome/ })
        .getByLabel("Yes, they agree")
        .check();
      await expect(address).toBeVisible();
      await continueOn(page, check);
      // "Yes" without an address: the error says what to do, and what was chosen stays.
      await expect(
        page.getByRole("link", { name: "Enter the GP practice's email address, or select no" }),
      ).toBeVisible();
      await expect(page.getByLabel("Yes, they agree")).toBeChecked();
      await check();
      await page.getByLabel("GP practice email address").fill(practice);
      await continueOn(page, check);

      await describeConcerns(page, check, "Low mood since the summer");
      await giveOwnWords(page, check, "");
      await page.getByRole("group", { name: "Has the person agreed to this referral?" }).getByLabel("Yes").check();
      await page.getByRole("group", { name: "Are there any safeguarding concerns?" }).getByLabel("No").check();
      await continueOn(page, check);
      await sayWhoAgreed(page, check, /^The young person and their parent or carer/);
      await giveNeeds(page, check);
      await expect(page.getByText(practice)).toBeVisible();
      const reference = await sendAndGetReference(page, check);

      const { id } = await sentReferral(reference);
      const office = await browser.newContext();
      try {
        const staff = await office.newPage();
        await signInAsTriager(staff);
        await staff.goto(`/admin/referrals/${id}`);
        // Staff see the answers with the labels of check answers.
        await expect(
          staff.getByText("Does the person agree to us telling their GP practice the outcome?"),
        ).toBeVisible();
        await expect(staff.getByText(practice)).toBeVisible();
        await staff.getByLabel("Note", { exact: true }).fill("Called the practice about the referral");
        await staff.getByRole("button", { name: "Add note" }).click();
        await expect(staff.getByText("Note added.")).toBeVisible();
        await staffMove(staff, id, "In review");
        await staffMove(staff, id, "Accepted");
        let outcome: Awaited<ReturnType<typeof allMail>> = [];
        await expect
          .poll(
            async () => {
              outcome = (await allMail()).filter((m) => m.subject === `Outcome of referral ${reference}`);
              return outcome.map((m) => m.to).sort();
            },
            { intervals: MAIL_POLL_INTERVALS, timeout: 60_000, message: "the two outcome emails" },
          )
          .toEqual([expect.stringContaining("jo.example@nhs.net"), expect.stringContaining(practice)].sort());
        for (const mail of outcome) {
          expect(mail.text).toContain(`Reference: ${reference}`);
          expect(mail.text).toContain("Stage: We have contacted you");
          expect(mail.text).toMatch(/Outcome: Accepted into /);
          for (const never of ["Alex", "Testperson", "Low mood", "Example Street", "Called the practice", "Meets the"])
            expect(`${mail.text}${mail.html}`).not.toContain(never);
        }
        await staff.reload();
        const timeline = staff.locator(".admin-timeline");
        await expect(timeline).toContainText("Outcome email sent to the professional who referred");
        await expect(timeline).toContainText("Outcome email sent to the GP practice");
      } finally {
        await office.close();
      }
    });
  });
}
