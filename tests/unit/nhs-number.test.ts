import { describe, expect, it } from "vitest";
import { isValidNhsNumber } from "@/lib/referrals/nhs-number";

describe("NHS number Modulus 11 check", () => {
  it.each(["9434765919", "943 476 5919", "943-476-5919", "4010232137", "4857773457"])("accepts %s", (n) => {
    expect(isValidNhsNumber(n)).toBe(true);
  });

  it.each([
    ["a wrong check digit", "9434765918"],
    ["a number whose check digit would be 10, which is never issued", "1234560020"],
    ["nine digits", "943476591"],
    ["eleven digits", "94347659190"],
    ["letters", "94347659A9"],
    ["nothing", ""],
  ])("refuses %s", (_why, n) => {
    expect(isValidNhsNumber(n)).toBe(false);
  });

  it("treats 11 minus a remainder of 0 as check digit 0", () => {
    // 1×10 + 6×2 = 22, a multiple of 11.
    expect(isValidNhsNumber("1000000060")).toBe(true);
    expect(isValidNhsNumber("1000000061")).toBe(false);
  });
});
