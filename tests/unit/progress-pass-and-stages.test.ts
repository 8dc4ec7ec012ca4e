import { describe, expect, it } from "vitest";
import { makePass, PASS_MINUTES, readPass } from "@/lib/progress/pass";
import { normaliseReference } from "@/lib/progress/check";
import { STAGES, stageOf } from "@/lib/progress/stage";
import { chosenWords, outcomeChoices } from "@/lib/triage/outcome-words";
import { STATUSES } from "@/lib/triage/labels";

const SECRET = "a test secret that is long enough";
const ID = "6f1c8a52-3b7e-4d2a-9c1f-0a1b2c3d4e5f";

describe("the results page's pass", () => {
  it("names the referral it was made for until it runs out", () => {
    const now = Date.UTC(2026, 11, 6, 12);
    const pass = makePass(ID, SECRET, now);
    expect(readPass(pass, SECRET, now)).toBe(ID);
    expect(readPass(pass, SECRET, now + PASS_MINUTES * 60_000 - 1)).toBe(ID);
    expect(readPass(pass, SECRET, now + PASS_MINUTES * 60_000)).toBeNull();
  });

  it("is refused when forged, altered, signed with another key, or missing", () => {
    const pass = makePass(ID, SECRET);
    const [, expires, signature] = pass.split(".");
    expect(readPass(`00000000-0000-4000-8000-000000000000.${expires}.${signature}`, SECRET)).toBeNull();
    expect(readPass(`${ID}.${Number(expires) + 60_000_000}.${signature}`, SECRET)).toBeNull();
    expect(readPass(pass, "another secret entirely, also long")).toBeNull();
    expect(readPass(undefined, SECRET)).toBeNull();
    expect(readPass("not.a.pass", SECRET)).toBeNull();
  });
});

describe("what a person is shown", () => {
  it("puts every status in one of the four stages, in order", () => {
    expect(STATUSES.map(stageOf)).toEqual([
      "Received",
      "Being reviewed",
      "We have contacted you",
      "Closed",
      "Closed",
      "Closed",
      "We have contacted you", // REPLIED: an enquiry the team has answered
      "Closed",
    ]);
    expect(STAGES).toEqual(["Received", "Being reviewed", "We have contacted you", "Closed"]);
  });

  it("reads a reference however it is typed", () => {
    expect(normaliseReference(" kx7p 3m9q ")).toBe("KX7P-3M9Q");
    expect(normaliseReference("KX7P3M9Q")).toBe("KX7P-3M9Q");
    expect(normaliseReference("KX7P")).toBe("KX7P");
  });

  it("writes the programme's name into the words for accepted, and refuses another outcome's words", () => {
    expect(outcomeChoices("ACCEPTED", "IPT for adults")).toEqual([
      { value: "ACCEPTED:0", label: "Accepted into IPT for adults" },
    ]);
    expect(chosenWords("ACCEPTED", undefined, "IPT for adults")).toBe("Accepted into IPT for adults");
    expect(chosenWords("DECLINED", undefined, null)).toBeNull();
    expect(chosenWords("DECLINED", "SIGNPOSTED:0", null)).toBeNull();
    expect(chosenWords("DECLINED", "DECLINED:9", null)).toBeNull();
    expect(chosenWords("SIGNPOSTED", "SIGNPOSTED:0", null)).toBe("Signposted to your GP practice");
  });
});
