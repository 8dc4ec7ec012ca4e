import { describe, expect, it } from "vitest";
import { withoutRandomIds } from "../helpers/without-random-ids";

describe("reading an email or log without its random ids", () => {
  it("takes out a UUID and a MIME boundary that happen to hold a year", () => {
    const text =
      "Open: https://ipt.example.org/admin/referrals/3340c68b-494d-474e-ba83-43441992ea8e\n" +
      'Content-Type: multipart/alternative; boundary="--_NmP-2010a7b8c9d0e1f2-Part_1"';
    expect(withoutRandomIds(text)).not.toContain("1992");
    expect(withoutRandomIds(text)).not.toContain("2010");
  });

  it("keeps every personal detail a test looks for", () => {
    const details = ["1992", "14 March 1992", "1992-03-14", "943 476 5919", "9434765919", "07700 900456", "EX1 1AA"];
    const text = details.join("\n");
    expect(withoutRandomIds(text)).toBe(text);
  });
});
