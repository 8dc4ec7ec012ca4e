import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { violationsWithoutJs } from "./accessible-without-js";
import { wcagViolations } from "./axe";

// The axe-core checks every journey relies on (axe.ts, accessible-without-js.ts) must find a real
// violation, in both modes, and judge each page on its own: a check that always passes proves nothing.

const address = "/accessibility-check-sample";
const samplePage = (body: string) =>
  `<!doctype html><html lang="en"><head><title>Sample</title></head><body><main><h1>Sample</h1>${body}</main></body></html>`;
const unlabelledBox = samplePage(`<input type="text" id="name">`);
const labelledBox = samplePage(`<label for="name">Name</label><input type="text" id="name">`);
// Labels the box with the page's own script, which a person without JavaScript never runs.
const labelledByScript = samplePage(
  `<input type="text" id="name"><script>document.getElementById("name").setAttribute("aria-label", "Name")</script>`,
);
/** Answers the sample address in this tab with whatever HTML `html()` gives at the time. */
const serveSample = (tab: Page, html: () => string) =>
  tab.route(`**${address}`, (route) => route.fulfill({ body: html(), contentType: "text/html" }));

test.describe("with JavaScript on", () => {
  test("finds a text box with no label, and passes it once labelled", async ({ page: tab }) => {
    let html = unlabelledBox;
    await serveSample(tab, () => html);
    await tab.goto(address);
    expect((await wcagViolations(tab)).join("\n")).toMatch(/^label \(critical\)/);
    html = labelledBox;
    await tab.goto(address);
    expect(await wcagViolations(tab)).toEqual([]);
  });
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("judges the page a person without JavaScript gets, not what its scripts would make of it", async ({
    page: tab,
    browser,
  }) => {
    await serveSample(tab, () => labelledByScript);
    await tab.goto(address);
    expect((await violationsWithoutJs(tab, browser)).join("\n")).toMatch(/^label \(critical\)/);
  });

  test("judges each page on its own when the same address is checked again", async ({ page: tab, browser }) => {
    let html = labelledBox;
    await serveSample(tab, () => html);
    await tab.goto(address);
    expect(await violationsWithoutJs(tab, browser)).toEqual([]);
    html = unlabelledBox;
    await tab.reload();
    expect((await violationsWithoutJs(tab, browser)).join("\n")).toMatch(/^label \(critical\)/);
    html = labelledBox;
    await tab.reload();
    expect(await violationsWithoutJs(tab, browser)).toEqual([]);
    // An address with a #fragment (after following an error summary's link) is the same page.
    html = unlabelledBox;
    await tab.goto("about:blank");
    await tab.goto(`${address}#name`);
    expect((await violationsWithoutJs(tab, browser)).join("\n")).toMatch(/^label \(critical\)/);
  });
});
