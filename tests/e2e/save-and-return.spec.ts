import { expect, test } from "./fixtures";
import { MAIL_POLL_INTERVALS } from "./mailbox";
import {
  answerRisk,
  continueOn,
  describeConcerns,
  giveContact,
  giveNameAndBirthday,
  giveNeeds,
  giveOwnWords,
  giveParentalResponsibility,
  giveWhere,
  sendAndGetReference,
} from "./journey-pages";
import { uniqueEmail } from "./admin/support";
import { checkProgress, sentReferral, staffMove } from "./helpers/progress-check";

// Save and come back later (issue 17): a parent saves half-way, in the middle of a page, opens the
// emailed link in another browser, finds the page as typed, finishes and sends; the link then works no more.
// Then the "Done when": on that device they check progress by reference and date of birth
// while a triager moves the referral to Accepted, and no name, answer or note is ever shown.

const NOTE = "Spoke to the school about the move";

const E2E_PORT = Number(process.env.E2E_PORT ?? 3100); // eslint-disable-line no-restricted-properties -- test harness
const SINK_URL = `http://127.0.0.1:${E2E_PORT + 1001}`;

/** The path of the link in the email sent to `address` (from the run's SMTP server), and its subject. */
async function linkSentTo(address: string): Promise<{ path: string; subject: string; text: string }> {
  let mail = { subject: "", text: "" };
  await expect
    .poll(
      async () => {
        const messages = (await (await fetch(`${SINK_URL}/messages`)).json()) as {
          to: string;
          subject: string;
          text: string;
        }[];
        mail = messages.find((m) => m.to.includes(address)) ?? mail;
        return mail.text;
      },
      { intervals: MAIL_POLL_INTERVALS, timeout: 30_000, message: `the link sent to ${address}` },
    )
    .toContain("/continue/");
  const path = new URL(/https?:\/\/\S+\/continue\/[A-Za-z0-9_-]{43}/.exec(mail.text)![0]).pathname;
  return { path, ...mail };
}

// The walks do not depend on each other: spread over the workers, not one worker's queue.
test.describe.configure({ mode: "parallel" });

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled, viewport: { width: 375, height: 740 } });
    test.describe.configure({ timeout: 300_000 });

    test("a parent saves half-way, opens the link in a new browser, finishes and sends, the link then stops working, and they see Being reviewed and then Accepted by reference and date of birth", async ({
      page,
      browser,
      checkPage: check,
      signInAsTriager,
    }) => {
      const concerns = `Saved account ${Date.now()}: not sleeping since the move`;
      const address = uniqueEmail(`save-return-${javaScriptEnabled ? "js" : "nojs"}`);

      await page.goto("/refer");
      await page.getByLabel(/My child or a young person I care for/).check();
      await page.getByRole("button", { name: "Continue" }).click();
      await answerRisk(page, () => check(), false);
      await giveNameAndBirthday(page, () => check(), 14);
      await page.getByLabel("Your full name").fill("Sam Testparent");
      await page.getByLabel("Your relationship to the child").fill("Mother");
      await page
        .getByRole("group", { name: /Does your child know/ })
        .getByLabel("Yes")
        .check();
      await continueOn(page, () => check());
      await giveParentalResponsibility(page, () => check(), true);
      await expect(page.getByRole("heading", { level: 1, name: "Your child's agreement" })).toBeVisible();
      await page
        .getByRole("group", { name: "Does your child agree to this referral?" })
        .getByLabel("Yes", { exact: true })
        .check();
      await page.getByRole("group", { name: "Who should we contact first?" }).getByLabel("My child").check();
      await page.getByLabel("Your child's phone number").fill("07700 900555");
      await continueOn(page, () => check());
      await giveContact(page, () => check(), address);
      await giveWhere(page, () => check());

      // Half-way, part of a page typed and not yet finished: save. What was typed is kept as it is,
      // and the address given on the form is offered, after the warnings.
      await expect(page.getByRole("heading", { level: 1, name: "What has been happening" })).toBeVisible();
      await page.getByRole("textbox", { name: /Tell us what has been happening/ }).fill(concerns);
      await page.getByRole("button", { name: "Save and come back later" }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: "Save your answers and come back later" }),
      ).toBeVisible();
      await expect(
        page.getByText("We have saved every page you answered, and what you typed on the page you were on."),
      ).toBeVisible();
      await expect(page.getByText(/shared family inbox/)).toBeVisible();
      await expect(page.getByText(/We keep your answers for 7 days, then delete them/)).toBeVisible();
      await expect(page.getByLabel("Email address to send the link to")).toHaveValue(address);
      await check();
      await page.getByRole("button", { name: "Send me a link" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
      await check();

      const mail = await linkSentTo(address);
      expect(`${mail.subject}\n${mail.text}`).not.toMatch(/Testparent|Alex|Mother|EX1 1AA|referr|therap|IPT\b/i);

      // Another device: a new browser context with no cookies.
      const elsewhere = await browser.newContext({ javaScriptEnabled, viewport: { width: 375, height: 740 } });
      try {
        const other = await elsewhere.newPage();
        const response = await other.goto(mail.path);
        expect(response!.headers()["x-robots-tag"]).toContain("noindex");
        expect(response!.headers()["cache-control"]).toContain("no-store");
        await expect(other.getByRole("heading", { level: 1, name: "Carry on with your form" })).toBeVisible();
        await expect(other.getByText(/We keep saved answers for 7 days/)).toBeVisible();
        await check(other);
        await other.getByRole("button", { name: "Continue with your form" }).click();
        await expect(other.getByRole("heading", { level: 1, name: "What has been happening" })).toBeVisible();
        await expect(other.getByRole("textbox", { name: /Tell us what has been happening/ })).toHaveValue(concerns);
        // The link works once: opened again, it says so, with what to do and the crisis lines.
        const again = await elsewhere.newPage();
        await again.goto(mail.path);
        await expect(again.getByRole("heading", { level: 1, name: "This link has already been used" })).toBeVisible();
        await expect(again.getByRole("link", { name: /Call 999/ }).first()).toBeVisible();
        await check(again);
        await again.close();
        await describeConcerns(other, () => check(other), concerns);
        await giveOwnWords(other, () => check(other), "");
        await giveNeeds(other, () => check(other));
        await expect(other.getByText("Sam Testparent")).toBeVisible();
        await expect(other.getByText("EX1 1AA")).toBeVisible();
        const reference = await sendAndGetReference(other, () => check(other));

        // Sending deleted the draft and its link with it: the link leads to a plain page, nothing else.
        await other.goto(mail.path);
        await expect(other.getByRole("heading", { level: 1, name: "This link is not working" })).toBeVisible();
        await expect(other.getByText(/The form may already have been sent/)).toBeVisible();
        await expect(other.getByText("Sam Testparent")).toHaveCount(0);
        await check(other);

        // Check progress on the same device, while a triager moves the referral on in their own browser.
        const { id, born } = await sentReferral(reference);
        const office = await browser.newContext();
        try {
          const staff = await office.newPage();
          await signInAsTriager(staff);
          await checkProgress(other, reference, born);
          await expect(other.getByTestId("stage")).toHaveText("Received");
          await staffMove(staff, id, "In review");
          await other.reload();
          await expect(other.getByTestId("stage")).toHaveText("Being reviewed");
          await staff.getByLabel("Note", { exact: true }).fill(NOTE);
          await staff.getByRole("button", { name: "Add note" }).click();
          await expect(staff.getByText("Note added.")).toBeVisible();
          await staffMove(staff, id, "Accepted");
          await other.reload();
          await expect(other.getByTestId("stage")).toHaveText("We have contacted you");
          await expect(other.getByTestId("outcome")).toHaveText(/^Accepted into IPT for young people/);
          await check(other);
          const shown = (await other.getByRole("main").textContent()) ?? "";
          for (const never of ["Testparent", "Testperson", "Mother", concerns, NOTE, "Meets the criteria", address])
            expect(shown).not.toContain(never);
        } finally {
          await office.close();
        }
      } finally {
        await elsewhere.close();
      }
    });
  });
}
