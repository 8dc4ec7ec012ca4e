import { describe, expect, it } from "vitest";
import type { Answers } from "@/lib/referrals/journeys/types";
import { addressGiven } from "@/lib/referrals/save-for-later-form";

describe("the address 'Save and come back later' offers first", () => {
  it.each<[string, Answers, string]>([
    [
      "a professional's work email, before the patient's",
      {
        referrer: {
          yourName: "Dr Jo Example",
          role: "GP",
          organisation: "Surgery",
          workEmail: "jo@nhs.net",
          workPhone: "",
        },
        contact: { email: "alex@example.net" },
      } as Answers,
      "jo@nhs.net",
    ],
    ["the person's own email", { contact: { email: "alex@example.net" } } as Answers, "alex@example.net"],
    ["nothing when no address was given", { contact: { email: "" } } as Answers, ""],
    ["nothing before the contact page", {}, ""],
  ])("offers %s", (_, answers, expected) => {
    expect(addressGiven(answers)).toBe(expected);
  });
});
