import { expect, test } from "./fixtures";
import { MAIL_POLL_INTERVALS } from "./mailbox";
import type { Page } from "@playwright/test";
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
  type Check,
} from "./journey-pages";
import { uniqueEmail } from "./admin/support";
import { WHOLE_JOURNEY_TIMEOUT } from "./playwright.config";

// The young person's own voice (issue 11): a parent's referral of a 14-year-old offers a private
// link; the young person opens it from their email, answers without seeing the parent's words, and
// staff read their view beside the parent's account.

const E2E_PORT = Number(process.env.E2E_PORT ?? 3100); // eslint-disable-line no-restricted-properties -- test harness
const SINK_URL = `http://127.0.0.1:${E2E_PORT + 1001}`;

/** The path of the private link in the invitation sent to `address` (from the run's SMTP server). */
async function linkSentTo(address: string): Promise<string> {
  let text = "";
  await expect
    .poll(
      async () => {
        const messages = (await (await fetch(`${SINK_URL}/messages`)).json()) as { to: string; text: string }[];
        text = messages.find((m) => m.to.includes(address))?.text ?? "";
        return text;
      },
      { intervals: MAIL_POLL_INTERVALS, timeout: 30_000, message: `the invitation to ${address}` },
    )
    .toContain("/your-view/");
  return new URL(/https?:\/\/\S+\/your-view\/[A-Za-z0-9_-]{43}/.exec(text)![0]).pathname;
}

async function parentRefersFourteenYearOld(page: Page, check: Check, concerns: string) {
  await page.goto("/refer");
  await page.getByLabel(/My child or a young person I care for/).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await answerRisk(page, check, false);
  await giveNameAndBirthday(page, check, 14);
  await page.getByLabel("Your full name").fill("Sam Testparent");
  await page.getByLabel("Your relationship to the child").fill("Mother");
  await page
    .getByRole("group", { name: /Does your child know/ })
    .getByLabel("Yes")
    .check();
  await continueOn(page, check);
  await giveParentalResponsibility(page, check, true);
  await expect(page.getByRole("heading", { level: 1, name: "Your child's agreement" })).toBeVisible();
  await page
    .getByRole("group", { name: "Does your child agree to this referral?" })
    .getByLabel("Yes", { exact: true })
    .check();
  await page.getByRole("group", { name: "Who should we contact first?" }).getByLabel("My child").check();
  await page.getByLabel("Your child's phone number").fill("07700 900555");
  await continueOn(page, check);
  await giveContact(page, check, "parent@example.net");
  await giveWhere(page, check);
  await describeConcerns(page, check, concerns);
  await giveOwnWords(page, check, "");
  await giveNeeds(page, check);
  return sendAndGetReference(page, check);
}

// The walks do not depend on each other: spread over the workers, not one worker's queue.
test.describe.configure({ mode: "parallel" });

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled, viewport: { width: 375, height: 740 } });
    // A whole referral and the young person's page, each checked by axe: longer than one page's test.
    test.describe.configure({ timeout: WHOLE_JOURNEY_TIMEOUT });

    test("a parent's referral of a 14-year-old offers a private link, and the young person adds their view once, without seeing the parent's answers", async ({
      page,
      checkPage: check,
    }) => {
      const concerns = `Parent's account ${Date.now()}: she has stopped eating with us`;
      await parentRefersFourteenYearOld(page, check, concerns);

      const offer = page.getByRole("region", { name: "Would your child like to tell us in their own words?" });
      await expect(offer).toContainText("You will not see them");
      const ownEmail = uniqueEmail(`young-person-${javaScriptEnabled ? "js" : "nojs"}`);
      await offer.getByLabel("Your child's own email address").fill("parent@example.net");
      await offer.getByRole("button", { name: "Send the private link" }).click();
      await expect(page.getByText("This is the email address you gave for yourself").first()).toBeVisible();
      await page.getByLabel("Your child's own email address").fill(ownEmail);
      await page.getByRole("button", { name: "Send the private link" }).click();
      await expect(
        page.getByRole("status").filter({ hasText: `We are emailing a private link to ${ownEmail}` }),
      ).toBeVisible();
      await check();

      const link = await linkSentTo(ownEmail);
      const response = await page.goto(link, { waitUntil: "networkidle" });
      expect(response!.headers()["referrer-policy"]).toBe("same-origin");
      expect(response!.headers()["x-robots-tag"]).toContain("noindex");
      expect(response!.headers()["cache-control"]).toContain("no-store");
      await expect(page.getByRole("heading", { level: 1, name: "Share your view" })).toBeVisible();
      await expect(page.getByText(concerns)).toHaveCount(0);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
      await page
        .getByLabel("What is going on for you? Tell us in your own words")
        .fill("I just want to sleep properly");
      await page.getByRole("group", { name: "Are you happy for us to try to help you?" }).getByLabel("Yes").check();
      await page.getByRole("group", { name: "Who should we talk to first?" }).getByLabel("Me").check();
      await page.getByLabel("Text message").check();
      await page
        .getByRole("group", { name: /thoughts of ending your life/ })
        .getByLabel("No", { exact: true })
        .check();
      await check();
      await page.getByRole("button", { name: "Send my answers" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Thank you for telling us" })).toBeVisible();
      await check();

      await page.goto(link);
      await expect(page.getByRole("heading", { level: 1, name: "This link has already been used" })).toBeVisible();
      await expect(page.getByRole("link", { name: /Call 999/ }).first()).toBeVisible();
      await check();
    });
  });
}

test("a young person's 'not sure' shows the crisis lines at once, and staff see their view beside the parent's account", async ({
  page,
  checkPage: check,
  signInAsTriager,
}) => {
  test.setTimeout(180_000);
  const concerns = `Parent's account ${Date.now()}: very quiet since the summer`;
  const reference = await parentRefersFourteenYearOld(page, check, concerns);
  const ownEmail = uniqueEmail("young-person-staff");
  await page.getByLabel("Your child's own email address").fill(ownEmail);
  await page.getByRole("button", { name: "Send the private link" }).click();
  // Wait for the scripts, so the crisis box reacts to the answer as the person gives it.
  await page.goto(await linkSentTo(ownEmail), { waitUntil: "networkidle" });
  const words = `My own words ${Date.now()}`;
  await page.getByLabel("What is going on for you? Tell us in your own words").fill(words);
  await page.getByRole("group", { name: "Are you happy for us to try to help you?" }).getByLabel("Yes").check();
  await page.getByRole("group", { name: "Who should we talk to first?" }).getByLabel("Both of us").check();
  await page
    .getByRole("group", { name: /thoughts of ending your life/ })
    .getByLabel("I'm not sure")
    .check();
  await expect(page.locator("[aria-live=polite]").getByRole("link", { name: /Call 999/ })).toBeVisible();
  await check();
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Thank you for telling us" })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Help now" })).toBeVisible();

  await signInAsTriager();
  await page.goto("/admin");
  await page.getByLabel("Search referrals").fill(reference);
  await page.getByRole("main").getByRole("button", { name: "Search", exact: true }).click();
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: reference }) });
  await expect(row).toContainText("Young person's view added");
  await row.getByRole("link", { name: reference }).click();
  const panel = page.getByRole("region", { name: "The young person's own view" });
  await expect(panel).toContainText(words);
  await expect(panel).toContainText("Both of us");
  await expect(page.getByText(concerns)).toBeVisible();
  await expect(page.getByText("Thoughts of self-harm or suicide").first()).toBeVisible();
  // Who has parental responsibility, who agreed and whom to contact first, and how each contact may be used (issue 11).
  await expect(page.getByRole("heading", { level: 2, name: "Consent and parental responsibility" })).toBeVisible();
  await expect(page.getByText("Me and their father", { exact: true })).toBeVisible();
  await expect(page.getByText("The young person agrees", { exact: true })).toBeVisible();
  await expect(page.getByText("The young person: 07700 900555", { exact: true })).toBeVisible();
  await expect(page.getByText("Can we leave a voicemail?")).toBeVisible();
  await check();
});
