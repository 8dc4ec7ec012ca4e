import { expect, type Page } from "@playwright/test";

// The pages of the referral journeys, answered as a person would: by label, then Continue.
// `check` runs after each page is filled in (the axe-core check), before moving on.

export type Check = () => Promise<void>;

export async function continueOn(page: Page, check: Check) {
  await check();
  await page.getByRole("button", { name: "Continue" }).click();
}

/**
 * The risk pages: thoughts of ending their life or hurting themselves, then (after yes or not
 * sure) whether they might act soon, then whether anyone is hurting them. Someone not at risk
 * answers No twice; someone at risk reaches the Get help now page and continues from it.
 */
export async function answerRisk(page: Page, check: Check, atRisk: boolean) {
  await expect(page.getByRole("heading", { level: 1 })).toContainText("thoughts of ending");
  await page.getByRole("radio", { name: atRisk ? "Yes" : "No", exact: true }).check();
  await continueOn(page, check);
  if (atRisk) {
    await expect(page.getByRole("heading", { level: 1 })).toContainText("in the next day or two");
    await page.getByRole("radio", { name: "Yes" }).check();
    await continueOn(page, check);
  }
  await expect(page.getByRole("heading", { level: 1 })).toContainText("making");
  await page.getByRole("radio", { name: "No", exact: true }).check();
  await continueOn(page, check);
  if (atRisk) {
    await expect(page.getByRole("heading", { level: 1, name: "Get help now" })).toBeVisible();
    await check();
    await page.getByRole("link", { name: "Continue with the form" }).click();
  }
}

export async function giveNameAndBirthday(page: Page, check: Check, age: number) {
  await expect(page.getByRole("heading", { level: 1, name: /^About/ })).toBeVisible();
  await page.getByLabel("First name").fill("Alex");
  await page.getByLabel("Last name").fill("Testperson");
  // A birthday a month ago, so the age is right whatever the date today.
  const birthday = new Date();
  birthday.setUTCFullYear(birthday.getUTCFullYear() - age);
  birthday.setUTCMonth(birthday.getUTCMonth() - 1);
  await page.getByLabel("Day").fill(String(birthday.getUTCDate()));
  await page.getByLabel("Month").fill(String(birthday.getUTCMonth() + 1));
  await page.getByLabel("Year").fill(String(birthday.getUTCFullYear()));
  await page
    .getByRole("group", { name: /need an interpreter\?$/ })
    .getByLabel("No")
    .check();
  await continueOn(page, check);
}

/** Yes or No in the group with this name (a question asked once on the page). */
export const answer = (page: Page, group: string | RegExp, choice: string) =>
  page.getByRole("group", { name: group }).getByLabel(choice, { exact: true }).check();

/**
 * The contact page: a phone number we may call, text and leave a voicemail on; an email address (if
 * given) we may email, with the reference asked for by email where the page offers it; a parent's own
 * interpreter need where it is asked. A young person whose parents do not know is then asked for a
 * safe way to reach them, left blank here (it is optional; giveSafeContact fills it in).
 */
export async function giveContact(page: Page, check: Check, email: string) {
  await expect(page.getByRole("heading", { level: 1, name: /How we can contact/ })).toBeVisible();
  await page.getByLabel("Phone number").fill("07700 900982");
  await answer(page, "Can we call this number?", "Yes");
  await answer(page, "Can we leave a voicemail?", "Yes");
  await answer(page, "Can we send a text message?", "Yes");
  await page
    .getByRole("group", { name: /phone, not a shared one\?$/ })
    .getByLabel(/^Yes, only/)
    .check();
  if (email) {
    await page.getByLabel("Email address").fill(email);
    await answer(page, "Can we email this address?", "Yes");
    await page
      .getByRole("group", { name: /own inbox\?$/ })
      .getByLabel(/^Yes, only/)
      .check();
    const optIn = page.getByLabel("Yes, email me my reference");
    if (await optIn.count()) await optIn.check();
  }
  const ownInterpreter = page.getByRole("group", { name: "Do you need an interpreter when we talk to you?" });
  if (await ownInterpreter.count()) await ownInterpreter.getByLabel("No", { exact: true }).check();
  await continueOn(page, check);
  await page.waitForURL((url) => !url.pathname.endsWith("/contact"));
  if (new URL(page.url()).pathname.endsWith("/safe-contact")) await giveSafeContact(page, check, "", "");
}

/** The optional page after a way of contacting was ruled out: a second, safe way and what not to say. */
export async function giveSafeContact(page: Page, check: Check, route: string, doNotSay: string) {
  await expect(page.getByRole("heading", { level: 1, name: /^A safe way to reach/ })).toBeVisible();
  if (route) await page.getByRole("textbox", { name: /^Another safe way to reach/ }).fill(route);
  if (doNotSay) await page.getByRole("textbox", { name: /what should we not say\?/ }).fill(doNotSay);
  await continueOn(page, check);
}

export async function giveWhere(page: Page, check: Check) {
  await page.getByLabel("Postcode").fill("EX1 1AA");
  await page.getByLabel("GP practice (optional)").fill("Example Street Surgery");
  await page.getByLabel("NHS number (optional)").fill("943 476 5919");
  await continueOn(page, check);
}

/**
 * The concerns page, then the standard measures declined: "I'd rather not answer these" where the
 * questionnaires are offered, the professional's optional scores left blank. Returns which of these
 * the journey showed, for a walk that must prove it. tests/e2e/measures.spec.ts answers them.
 */
export async function describeConcerns(
  page: Page,
  check: Check,
  text: string,
): Promise<"questionnaires declined" | "scores left blank" | "no measures"> {
  await page.getByRole("textbox", { name: /Tell us what has been happening/ }).fill(text);
  await page.getByLabel("Family, such as parents, brothers or sisters").check();
  await continueOn(page, check);
  await expect(page.getByRole("heading", { level: 1, name: "What has been happening" })).toHaveCount(0);
  const heading = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  if (heading.startsWith("Questions about how")) {
    await answer(page, "Would you like to answer these questions?", "I'd rather not answer these");
    await continueOn(page, check);
    return "questionnaires declined";
  }
  if (heading.startsWith("Scores from standard measures")) {
    await continueOn(page, check);
    return "scores left blank";
  }
  return "no measures";
}

/** The support page: nothing to add (the interpreter question is asked early, on the about page). */
export async function giveNeeds(page: Page, check: Check) {
  await expect(page.getByRole("heading", { level: 1, name: "Support and access needs" })).toBeVisible();
  await continueOn(page, check);
}

/**
 * On the check page: send, and return the reference from the confirmation page. An urgent
 * referral is told the team's urgent standard and when forms are next read, never the routine promise.
 */
export async function sendAndGetReference(
  page: Page,
  check: Check,
  button = "Send referral",
  urgent = false,
): Promise<string> {
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers before sending" })).toBeVisible();
  await expect(page).toHaveTitle(/Check your answers/);
  await check();
  await page.getByRole("button", { name: button }).click();
  await expect(page.getByRole("heading", { level: 1, name: /sent/ })).toBeVisible();
  // After a client-side navigation Next.js sets the new title a moment after the page shows.
  await expect(page).toHaveTitle(/sent/);
  const reference = (await page.getByTestId("reference").textContent())!.trim();
  expect(reference).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
  if (urgent) {
    await expect(page.getByText(/We will read your referral first/)).toBeVisible();
    await expect(page.getByText(/We (are reading forms now|next read forms)/)).toBeVisible();
    await expect(page.getByText(/within 5 working days/)).toHaveCount(0);
  } else {
    await expect(page.getByText(/within 5 working days/)).toBeVisible();
  }
  await expect(
    page.getByRole("region", { name: /If you need help/ }).getByRole("link", { name: /Call 999/ }),
  ).toBeVisible();
  // The "Help now" reminder is for people who gave a risk answer only.
  await expect(page.getByRole("complementary", { name: "Help now" })).toHaveCount(urgent ? 1 : 0);
  await check();
  return reference;
}

/** Parental responsibility, for a child under 18: a parent says they have it; a professional names the mother. */
export async function giveParentalResponsibility(page: Page, check: Check, asParent: boolean) {
  await expect(page.getByRole("heading", { level: 1, name: "Parental responsibility" })).toBeVisible();
  if (asParent)
    await page
      .getByRole("group", { name: "Do you have parental responsibility for your child?" })
      .getByLabel("Yes")
      .check();
  await page.getByLabel(/^Who has parental responsibility/).fill(asParent ? "Me and their father" : "Their mother");
  await page
    .getByRole("group", { name: "Should anyone else with parental responsibility know about this referral?" })
    .getByLabel("Yes")
    .check();
  await continueOn(page, check);
}

/** A professional referring a child gives a parent or carer's details. */
export async function giveParentDetails(page: Page, check: Check) {
  await expect(page.getByRole("heading", { level: 1, name: "The child's parent or carer" })).toBeVisible();
  await page.getByLabel("Parent or carer's full name").fill("Sam Testparent");
  await page.getByLabel("Their relationship to the child").fill("Mother");
  await page.getByLabel("Their phone number").fill("07700 900123");
  await answer(page, "Can we call this number?", "Yes");
  await answer(page, "Can we leave a voicemail?", "No");
  await answer(page, "Can we send a text message?", "Yes");
  await answer(page, "Is this their phone, not a shared one?", "Yes, only they use it");
  await page
    .getByRole("group", { name: "Do they have parental responsibility for the child?" })
    .getByLabel("Yes")
    .check();
  await continueOn(page, check);
}

/** "In their own words, if you can": optional, so an empty answer is fine. */
export async function giveOwnWords(page: Page, check: Check, words: string) {
  await expect(page.getByRole("heading", { level: 1, name: "In their own words, if you can" })).toBeVisible();
  if (words) await page.getByRole("textbox", { name: /has said/ }).fill(words);
  await continueOn(page, check);
}

/** A professional referring a child says who agreed, after saying the referral is agreed. */
export async function sayWhoAgreed(page: Page, check: Check, who: RegExp) {
  await expect(page.getByRole("heading", { level: 1, name: "Who agreed to this referral?" })).toBeVisible();
  await page.getByRole("radio", { name: who }).check();
  await continueOn(page, check);
}

/** The referrer's own page in the professional journey. */
export async function giveReferrer(page: Page, check: Check) {
  await page.getByLabel("Your full name").fill("Dr Jo Example");
  await page.getByLabel("Your role").fill("GP");
  await page.getByLabel("Organisation").fill("Example Street Surgery");
  await page.getByLabel("Work email address").fill("jo.example@nhs.net");
  await page.getByLabel("Work phone number").fill("01632 960001");
  await continueOn(page, check);
}
