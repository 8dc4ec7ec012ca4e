import { describe, expect, it } from "vitest";
import { HONEYPOT_FIELD, IDEMPOTENCY_FIELD } from "@/lib/forms/read-form";
import { NOT_A_PERSON, OUT_OF_DATE, readSendPost } from "@/lib/referrals/post-readers";

const KEY = "00000000-0000-1000-8000-000000000000";
const post = (pairs: [string, string][]) => {
  const form = new FormData();
  for (const [name, value] of pairs) form.append(name, value);
  return form;
};

// The check page's post reaches the database only through its idempotency key: a key Postgres
// cannot store (a NUL byte) must be refused here as out of date, never met there as "unavailable".
describe("reading the check page's send post", () => {
  it("lets one well-formed key through", () => {
    expect(readSendPost(post([[IDEMPOTENCY_FIELD, KEY]])).refusal).toBeUndefined();
  });

  it("refuses a second key after a well-formed one as out of date (fuzz finding: 'a\\u0000b')", () => {
    expect(
      readSendPost(
        post([
          [IDEMPOTENCY_FIELD, KEY],
          [IDEMPOTENCY_FIELD, "a\u0000b"],
        ]),
      ).refusal,
    ).toBe(OUT_OF_DATE);
  });

  it("refuses a key that is not a UUID, or none", () => {
    expect(readSendPost(post([[IDEMPOTENCY_FIELD, "a\u0000b"]])).refusal).toBe(OUT_OF_DATE);
    expect(readSendPost(post([])).refusal).toBe(OUT_OF_DATE);
  });

  it("treats a filled honeypot as a bot even behind an empty one", () => {
    const refusal = readSendPost(
      post([
        [IDEMPOTENCY_FIELD, KEY],
        [HONEYPOT_FIELD, ""],
        [HONEYPOT_FIELD, "https://spam.example"],
      ]),
    ).refusal;
    expect(refusal).toBe(NOT_A_PERSON);
  });
});
