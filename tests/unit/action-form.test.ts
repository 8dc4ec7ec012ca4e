import { describe, expect, it } from "vitest";
import { isWellFormedActionPost, mayCarryActionFields } from "@/lib/security/action-form";

const form = (fields: Record<string, string>) => {
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

  it.each([
    ["bound arguments that are not a list", { ...good, "$ACTION_1:1": "null" }],
    ["bound arguments that are not JSON", { ...good, "$ACTION_1:1": "[" }],
    ["an action reference without an id", { ...good, "$ACTION_1:0": '{"bound":"$@1"}' }],
    ["an action reference that is not an object", { ...good, "$ACTION_1:0": "7" }],
    ["bound arguments pointing elsewhere in the reply", { ...good, "$ACTION_1:1": '["$"]' }],
    ["bound arguments with a nested reference", { ...good, "$ACTION_1:1": '["adult",{"status":"$@7"}]' }],
    ["a bound reference that is not a part number", { ...good, "$ACTION_1:0": '{"id":"7c30","bound":"$Q1"}' }],
  ])("refuses %s", (_why, fields) => {
    expect(isWellFormedActionPost(form(fields))).toBe(false);
  });

  it("checks only multipart posts made without JavaScript", () => {
    expect(mayCarryActionFields("POST", "multipart/form-data; boundary=x", null)).toBe(true);
    expect(mayCarryActionFields("POST", "multipart/form-data; boundary=x", "abc123")).toBe(false);
    expect(mayCarryActionFields("GET", "multipart/form-data", null)).toBe(false);
  });
});
