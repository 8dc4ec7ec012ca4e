import { expect, test } from "./fixtures";
import { actionIdOf, earlierBuildId, hiddenFields } from "./helpers/action-fields";

// A deploy changes every server action id. A page opened before it posts to an id the new build
// does not have; Next.js alone answers a bare 409 "Server Action unavailable." (review 2026-12-04
// reliability, experiment k). These posts must land back on the same page, marked out of date,
// with the answers saved before that page still in the draft.

const checked = (html: string, name: string, value: string) =>
  [...html.matchAll(/<input[^>]*>/g)].some(
    ([tag]) => tag.includes(`name="${name}"`) && tag.includes(`value="${value}"`) && /\schecked/.test(tag),
  );

test("a no-JavaScript post from an earlier build gets the out-of-date notice and keeps the earlier answers", async ({
  request,
  baseURL,
}) => {
  const headers = { Origin: baseURL! };
  // The first page, answered and saved in a draft as usual.
  const first = hiddenFields(await (await request.get("/refer/adult/risk")).text());
  const saved = await request.post("/refer/adult/risk", {
    headers,
    multipart: { ...first, selfHarmThoughts: "no" },
    maxRedirects: 0,
  });
  expect(saved.status()).toBe(303);
  const next = new URL(saved.headers().location!, baseURL).pathname;
  expect(next).not.toBe("/refer/adult/risk");

  // The next page, posted as a page drawn by the earlier build would post it.
  const fields = hiddenFields(await (await request.get(next)).text());
  const descriptor = Object.keys(fields).find((name) => /^\$ACTION_\d+:0$/.test(name))!;
  const stale = {
    ...fields,
    [descriptor]: fields[descriptor]!.replace(actionIdOf(fields), earlierBuildId(actionIdOf(fields))),
  };
  const posted = await request.post(next, { headers, multipart: { ...stale, beingHurt: "no" }, maxRedirects: 0 });
  expect(posted.status(), await posted.text()).toBe(303);
  expect(posted.headers().location).toBe(`${next}?form=out-of-date`);

  const page = await request.get(posted.headers().location!);
  expect(page.status()).toBe(200);
  const html = await page.text();
  expect(html).toContain("This form is out of date");
  expect(html).toContain("answers to the earlier questions are saved");
  expect(html).toContain('href="tel:999"'); // the crisis lines, as on every public notice
  // The earlier page still has its answer: the draft was not touched.
  expect(checked(await (await request.get("/refer/adult/risk")).text(), "selfHarmThoughts", "no")).toBe(true);
});

test("a JavaScript post from an earlier build is told to load the same page, marked out of date, not a 409", async ({
  request,
  baseURL,
}) => {
  const fields = hiddenFields(await (await request.get("/refer/adult/risk?change=1")).text());
  const response = await request.post("/refer/adult/risk?change=1", {
    headers: {
      Origin: baseURL!,
      "Next-Action": earlierBuildId(actionIdOf(fields)),
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
    },
    data: '["$undefined"]',
    maxRedirects: 0,
  });
  expect(response.status()).toBe(200);
  expect(response.headers()["x-nextjs-action-not-found"]).toBeUndefined();
  // The header Next.js's router follows after an action; it then loads the page in full.
  expect(response.headers()["x-action-redirect"]).toBe("/refer/adult/risk?change=1&form=out-of-date;replace");
});

test("in a browser, Continue on a page from an earlier build shows the out-of-date notice on the same page", async ({
  page,
  expectAccessible,
}) => {
  await page.goto("/refer/adult/risk");
  await page.getByRole("radio", { name: "No", exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("making");
  const here = new URL(page.url()).pathname;
  // From now on this page's posts name an action id the running build does not have.
  await page.route(`**${here}`, async (route) => {
    const action = route.request().headers()["next-action"];
    if (route.request().method() !== "POST" || !action) return route.continue();
    await route.continue({ headers: { ...route.request().headers(), "next-action": earlierBuildId(action) } });
  });
  await page.getByRole("radio", { name: "No", exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(new RegExp(`${here}\\?form=out-of-date$`));
  await expect(page.getByRole("heading", { name: "This form is out of date" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("making");
  await expectAccessible();
  await page.unroute(`**${here}`);
  await page.getByRole("link", { name: "Back", exact: true }).click();
  await expect(page.getByRole("radio", { name: "No", exact: true })).toBeChecked();
});
