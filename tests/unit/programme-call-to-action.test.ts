import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ProgrammeCallToAction } from "@/components/content/programme-call-to-action";
import { ProgrammeFacts } from "@/components/content/programme-facts";
import { ageBandSentence, ageRange, sessionCount } from "@/lib/content/programmes";

describe("a programme page's way in", () => {
  it("offers a referral for a programme the service runs", () => {
    const html = renderToStaticMarkup(createElement(ProgrammeCallToAction, { programme: { offered: true } }));
    expect(html).toContain('href="/refer"');
    expect(html).toContain("Make a referral");
  });

  it("offers a question instead for a programme the service does not run", () => {
    const html = renderToStaticMarkup(createElement(ProgrammeCallToAction, { programme: { offered: false } }));
    expect(html).toContain('href="/enquire"');
    expect(html).not.toContain('href="/refer"');
  });
});

describe("programme facts in words", () => {
  it("says ages the way a reader would", () => {
    expect(ageRange({ fromBirthday: 9, untilBirthday: 13 })).toBe("9 to 12");
    expect(ageRange({ fromBirthday: 18, untilBirthday: null })).toBe("18 and over");
    expect(ageBandSentence({ fromBirthday: 12, untilBirthday: 18 })).toBe(
      "from their 12th birthday until their 18th birthday",
    );
    expect(ageBandSentence({ fromBirthday: 21, untilBirthday: null })).toBe("from their 21st birthday");
  });

  it("says when the number of sessions is not fixed", () => {
    expect(sessionCount({ sessions: 14 })).toBe("14 sessions, usually once a week");
    expect(sessionCount({ sessions: null })).toBe("Your therapist will tell you how many");
  });

  it("shows the ages and sessions from content/service.json", () => {
    const html = renderToStaticMarkup(createElement(ProgrammeFacts, { programme: "fb-ipt" }));
    expect(html).toContain("Ages 9 to 12");
    expect(html).toContain("14 sessions");
  });
});
