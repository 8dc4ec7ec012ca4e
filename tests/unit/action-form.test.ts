import { describe, expect, it } from "vitest";
import { isWellFormedActionPost, mayCarryActionFields } from "@/lib/security/action-form";

const form = (fields: Record<string, string | Blob>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};
const good = {
  $ACTION_REF_1: "",
  "$ACTION_1:0": '{"id":"7c30","bound":"$@1"}',
  "$ACTION_1:1": '["adult","risk",false,{"status":"idle"}]',
  selfHarmThoughts: "no",
};

describe("server-action form posts", () => {
  it("accepts the hidden fields as React writes them", () => {
    expect(isWellFormedActionPost(form(good))).toBe(true);
    expect(isWellFormedActionPost(form({ selfHarmThoughts: "no" }))).toBe(true);
    expect(
      isWellFormedActionPost(
        form({ ...good, "$ACTION_1:1": '["adult",{"status":"invalid","values":{"a":"$$100","b":"$undefined"}}]' }),
      ),
    ).toBe(true);
  });

  // React's decoder binds nothing when `bound` is null (loadServerReference), so no 500 can follow.
  it("accepts a reference whose action has no bound arguments", () => {
    expect(isWellFormedActionPost(form({ $ACTION_REF_1: "", "$ACTION_1:0": '{"id":"7c30","bound":null}' }))).toBe(true);
  });

  // React numbers a reply's parts from 0 up, so a bound reference may be to part 10 or later.
  it("accepts bound arguments holding null, which React writes for an empty value", () => {
    expect(isWellFormedActionPost(form({ ...good, "$ACTION_1:1": '["adult",null,{"status":null}]' }))).toBe(true);
  });

  it("accepts a bound reference to a part numbered 10 or more", () => {
    expect(isWellFormedActionPost(form({ ...good, "$ACTION_1:0": '{"id":"7c30","bound":"$@12"}' }))).toBe(true);
  });

  it.each([
    ["bound arguments that are not a list", { ...good, "$ACTION_1:1": "null" }],
    ["bound arguments that are not JSON", { ...good, "$ACTION_1:1": "[" }],
    ["an action reference without an id", { ...good, "$ACTION_1:0": '{"bound":"$@1"}' }],
    ["an action reference that is not an object", { ...good, "$ACTION_1:0": "7" }],
    ["bound arguments pointing elsewhere in the reply", { ...good, "$ACTION_1:1": '["$"]' }],
    ["bound arguments with a nested reference", { ...good, "$ACTION_1:1": '["adult",{"status":"$@7"}]' }],
    [
      "bound arguments with a reference beside plain text",
      { ...good, "$ACTION_1:1": '["adult",{"status":"idle","next":"$@7"}]' },
    ],
    ["a bound reference that is not a part number", { ...good, "$ACTION_1:0": '{"id":"7c30","bound":"$Q1"}' }],
    ["a bound reference with text before it", { ...good, "$ACTION_1:0": '{"id":"7c30","bound":"x$@1"}' }],
    ["a bound reference with text after it", { ...good, "$ACTION_1:0": '{"id":"7c30","bound":"$@1x"}' }],
  ])("refuses %s", (_why, fields) => {
    expect(isWellFormedActionPost(form(fields))).toBe(false);
  });

  // React numbers a form's actions and a reply's parts from 0 up: the tenth of either is checked too.
  it.each([
    ["the reply of an action numbered 10 or more", { ...good, "$ACTION_12:1": "null" }],
    ["the eleventh part of a reply", { ...good, "$ACTION_1:10": "null" }],
    ["a part that is a file, not text", { ...good, "$ACTION_1:1": new Blob(["[]"]) }],
  ])("refuses a tampered form whatever its numbering: %s", (_why, fields) => {
    expect(isWellFormedActionPost(form(fields))).toBe(false);
  });

  // React reads `$ACTION_<id>:<part>` for any posted `$ACTION_REF_<id>`, not only a numbered one.
  it.each([
    ["a reference that is not JSON", { $ACTION_REF_x: "", "$ACTION_x:0": "{" }],
    [
      "bound arguments that are not a list",
      { $ACTION_REF_abc: "", "$ACTION_abc:0": '{"id":"7c30","bound":"$@1"}', "$ACTION_abc:1": "7" },
    ],
    ["a reference under an empty name", { $ACTION_REF_: "", "$ACTION_:0": "null" }],
    ["a reference whose name has a colon", { "$ACTION_REF_a:1": "", "$ACTION_a:1:0": "[" }],
  ])("refuses a tampered form whose action is named by text, not a number: %s", (_why, fields) => {
    expect(isWellFormedActionPost(form(fields))).toBe(false);
  });

  // React reads only `$ACTION_<n>:<part>`: a field whose name merely contains one is not its reply,
  // and is left to the page's own check for fields it does not have.
  it.each(["x$ACTION_1:1", "$ACTION_1:1x"])("leaves alone a field named %s, which React never reads", (name) => {
    expect(isWellFormedActionPost(form({ ...good, [name]: "null" }))).toBe(true);
  });

  it("checks only multipart posts made without JavaScript", () => {
    expect(mayCarryActionFields("POST", "multipart/form-data; boundary=x", null)).toBe(true);
    expect(mayCarryActionFields("POST", "multipart/form-data; boundary=x", "abc123")).toBe(false);
    expect(mayCarryActionFields("GET", "multipart/form-data", null)).toBe(false);
    expect(mayCarryActionFields("POST", "application/x-www-form-urlencoded", null)).toBe(false);
    expect(mayCarryActionFields("POST", null, null)).toBe(false);
  });
});
