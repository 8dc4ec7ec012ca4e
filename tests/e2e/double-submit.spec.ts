import { expect, test } from "./fixtures";

test.use({ javaScriptEnabled: false });

test("the same form sent twice at once (a double click without JavaScript, or a retry) makes one enquiry with one reference", async ({
  page,
  request,
}) => {
  await page.goto("/enquire/question/question");
  await page.getByLabel("What would you like to ask?").fill("Is there parking?");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Your name").fill("Dee Double");
  await page.getByLabel("Email address").fill("dee@example.net");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("button", { name: "Send message" })).toBeVisible();
  // The same form, sent twice: the second post carries the same idempotency key.
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Send message" }) });
  const fields: [string, string][] = [];
  for (const input of await form.locator("input").all())
    fields.push([(await input.getAttribute("name"))!, (await input.getAttribute("value")) ?? ""]);
  const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const origin = new URL(page.url()).origin;
  const send = () =>
    request.post(page.url(), {
      headers: { Origin: origin, Cookie: cookies },
      multipart: Object.fromEntries(fields),
      maxRedirects: 0,
    });
  const [first, second] = await Promise.all([send(), send()]);
  expect([first.status(), second.status()]).toEqual([303, 303]);
  const doneCookie = (response: typeof first) => /ipt_done=([^;]+)/.exec(response.headers()["set-cookie"] ?? "")?.[1];
  expect(doneCookie(first)).toBeTruthy();
  expect(doneCookie(second)).toBe(doneCookie(first));
});
