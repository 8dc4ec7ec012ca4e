import { describe, expect, it } from "vitest";
import { humanise, readableAnswers } from "@/lib/triage/answers";

describe("answers shown to staff", () => {
  it.each([
    ["riskToSelf", "Risk to self"],
    ["gp_practice_name", "Gp practice name"],
    ["whatIsHappening", "What is happening"],
  ])("labels %s as %s", (key, label) => {
    expect(humanise(key)).toBe(label);
  });

  it("reads any shape of answers: nested, lists, yes/no, blanks and enum codes", () => {
    const { risk, other } = readableAnswers({
      harmToOthers: false,
      siblings: [{ name: "Ali", age: 7 }],
      preferredContact: "TEXT_MESSAGE",
      hobbies: [],
      school: null,
    });
    expect(risk).toEqual([{ key: "harmToOthers", label: "Harm to others", value: "No" }]);
    expect(other).toEqual([
      { key: "siblings.1.name", label: "Siblings: #1: Name", value: "Ali" },
      { key: "siblings.1.age", label: "Siblings: #1: Age", value: "7" },
      { key: "preferredContact", label: "Preferred contact", value: "Text message" },
      { key: "hobbies", label: "Hobbies", value: "None" },
      { key: "school", label: "School", value: "Not answered" },
    ]);
  });
});
