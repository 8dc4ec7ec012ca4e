import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isOutOfDate, outOfDateLocation } from "@/lib/forms/out-of-date";
import { namesUnknownAction, postedActionIds, readActionIds } from "@/lib/security/action-ids";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

describe("forms from an earlier build", () => {
  it("reads the action ids a no-JavaScript post names, with and without bound arguments", () => {
    expect(
      postedActionIds(
        form({ $ACTION_REF_1: "", "$ACTION_1:0": '{"id":"40aa","bound":"$@1"}', "$ACTION_1:1": "[]", a: "b" }),
      ),
    ).toEqual(["40aa"]);
    expect(postedActionIds(form({ $ACTION_ID_7f00: "", who: "adult" }))).toEqual(["7f00"]);
    expect(postedActionIds(form({ who: "adult" }))).toEqual([]);
    expect(postedActionIds(form({ "$ACTION_12:0": '{"id":"40ab","bound":null}' }))).toEqual(["40ab"]);
    // React takes an action named by text as readily as a numbered one.
    expect(postedActionIds(form({ $ACTION_REF_abc: "", "$ACTION_abc:0": '{"id":"40ac","bound":null}' }))).toEqual([
      "40ac",
    ]);
  });

  // React reads an action's id only from `$ACTION_<n>:0`; another field, whatever it holds, names none.
  it.each(["x$ACTION_1:0", "$ACTION_1:0x", "$ACTION_1:01"])("reads no action id from a field named %s", (name) => {
    expect(postedActionIds(form({ [name]: "not JSON" }))).toEqual([]);
  });

  it("calls a post out of date only when it names an id this build does not have", () => {
    const known = new Set(["40aa", "7f00"]);
    expect(namesUnknownAction(["40aa"], known)).toBe(false);
    expect(namesUnknownAction(["7f00", "0bad"], known)).toBe(true);
    expect(namesUnknownAction([], known)).toBe(false);
    // No manifest (next dev): Next.js decides.
    expect(namesUnknownAction(["0bad"], undefined)).toBe(false);
  });

  it("reads this build's ids from the server reference manifest, and nothing when there is none", () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), "ipt-manifest-"));
    try {
      expect(readActionIds(dist)).toBeUndefined();
      fs.mkdirSync(path.join(dist, "server"));
      fs.writeFileSync(
        path.join(dist, "server", "server-reference-manifest.json"),
        JSON.stringify({ node: { "40aa": {}, "7f00": {} }, edge: { "9e11": {} }, encryptionKey: "k" }),
      );
      expect(readActionIds(dist)).toEqual(new Set(["40aa", "7f00", "9e11"]));
      // As next dev writes it before any action is compiled: no ids, so no post is called out of date.
      fs.writeFileSync(
        path.join(dist, "server", "server-reference-manifest.json"),
        JSON.stringify({ node: {}, edge: {} }),
      );
      expect(readActionIds(dist)).toBeUndefined();
      expect(namesUnknownAction(["40aa"], readActionIds(dist))).toBe(false);
    } finally {
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });

  it("sends the person back to the same page, keeping its query, marked out of date", () => {
    const location = outOfDateLocation(new URL("http://x/refer/adult/about?change=1"));
    expect(location).toBe("/refer/adult/about?change=1&form=out-of-date");
    expect(isOutOfDate(Object.fromEntries(new URL(location, "http://x").searchParams))).toBe(true);
    expect(isOutOfDate({ change: "1" })).toBe(false);
  });
});
