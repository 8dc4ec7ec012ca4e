import { expect, test } from "./fixtures";
import { waitForMail } from "./mailbox";

test("a whole enquiry can be sent with the keyboard alone", async ({ page }) => {
  await page.goto("/enquire/question/question");
  // The skip link passes the site's header; then Exit this page (H05), Back, the crisis lines
  // (they come before the question on this page, H03), then the question.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Emergency Exit this page" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Back", exact: true })).toBeFocused();
  const crisisBox = page.getByRole("complementary", { name: "If you need help now" });
  for (const name of [/Call 999/, /Call 111/, /116 123/, /SHOUT/, /More ways to get help now/]) {
    await page.keyboard.press("Tab");
    await expect(crisisBox.getByRole("link", { name })).toBeFocused();
  }
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("What would you like to ask?")).toBeFocused();
  await page.keyboard.type("Can I bring my partner?");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Continue" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Your name")).toBeVisible();
  await page.getByRole("link", { name: "Back", exact: true }).focus();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Your name")).toBeFocused();
  await page.keyboard.type("Kim Keys");
  await page.keyboard.press("Tab");
  await page.keyboard.type("kim@example.net");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Continue" })).toBeFocused();
  await page.keyboard.press("Enter");
  const send = page.getByRole("button", { name: "Send message" });
  await expect(send).toBeVisible();
  await send.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Message sent" })).toBeVisible();
  const reference = (await page.getByTestId("reference").textContent())!.trim();
  await waitForMail(`New enquiry ${reference}`);
});

test("radios are chosen with the arrow keys and space", async ({ page }) => {
  await page.goto("/refer/adult/risk");
  await page.getByRole("radio", { name: "Yes" }).focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("radio", { name: "Yes" })).toBeChecked();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "No", exact: true })).toBeChecked();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "I'm not sure" })).toBeChecked();
  await page.keyboard.press("ArrowUp");
  await expect(page.getByRole("radio", { name: "No", exact: true })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Continue" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Is anyone hurting you or making you feel unsafe?");
});

test.describe("form posts from anywhere but this site are refused", () => {
  for (const [why, origin] of [
    ["missing", undefined],
    ["null", "null"],
    ["foreign", "https://evil.example.com"],
  ] as const) {
    test(`a POST whose Origin is ${why} gets 403`, async ({ request }) => {
      const response = await request.post("/refer/adult/risk", {
        headers: origin === undefined ? {} : { Origin: origin },
        multipart: { selfHarmThoughts: "no" },
      });
      expect(response.status()).toBe(403);
      expect(await response.text()).toContain("not accepted");
    });
  }

  test("a POST from this site is let through to the form", async ({ request, baseURL }) => {
    const response = await request.post("/refer/adult/risk", {
      headers: { Origin: baseURL! },
      multipart: { selfHarmThoughts: "no" },
    });
    expect(response.status()).not.toBe(403);
  });

  test("a post larger than the limit gets 413", async ({ request, baseURL }) => {
    const response = await request.post("/refer/adult/risk", {
      headers: { Origin: baseURL! },
      multipart: { selfHarmThoughts: "x".repeat(70_000) },
    });
    expect(response.status()).toBe(413);
  });
});
