import { describe, expect, it } from "vitest";
import { pageShape } from "../e2e/page-shape";

// The e2e journey walks run axe-core once per page shape (tests/e2e/accessible-once.ts); these are
// the rules for when two pages count as one shape.

const page = (body: string, script = "self.__next_f.push([1])", nonce = "abc") =>
  `<html><head><title>About you</title><script nonce="${nonce}">${script}</script></head><body>${body}</body></html>`;
const field = (value: string, checked = "") =>
  `<label for="n">First name</label><input id="n" name="givenName" value="${value}">` +
  `<input type="radio" name="interpreter" value="no"${checked}><textarea name="w">${value}</textarea>`;

describe("the shape of a page for the journeys' accessibility check", () => {
  it("is the same whatever a person typed or chose, and whatever the scripts and nonces", () => {
    expect(pageShape(page(field("Alex")))).toBe(pageShape(page(field("Sam Testparent", " checked"), "other", "xyz")));
  });

  it("differs when the page gains an element, such as an error summary", () => {
    const summary = `<div role="alert"><h2>There is a problem</h2><a href="#n">Enter a first name</a></div>`;
    expect(pageShape(page(summary + field("")))).not.toBe(pageShape(page(field(""))));
  });

  it("differs when an attribute differs, such as a field marked invalid", () => {
    expect(pageShape(page(field("").replace("<input id", '<input aria-invalid="true" id')))).not.toBe(
      pageShape(page(field(""))),
    );
  });

  it("differs when an element that had text is empty, such as a link with no name", () => {
    expect(pageShape(page(`<a href="/refer">Make a referral</a>`))).not.toBe(pageShape(page(`<a href="/refer"></a>`)));
  });
});
