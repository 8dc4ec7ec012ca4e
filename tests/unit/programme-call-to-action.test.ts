import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ProgrammeCallToAction } from "@/components/content/programme-call-to-action";
import { ProgrammeFacts } from "@/components/content/programme-facts";
import { ProgrammeList } from "@/components/content/programme-list";
import { ageBandSentence, ageRange, agesLabel, sessionCount } from "@/lib/content/programmes";

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

  it("gives a range of sessions where the sources differ", () => {
    expect(sessionCount({ sessions: { from: 8, to: 20 } })).toBe("Between 8 and 20 sessions, usually once a week");
  });

  it("marks ages as to be confirmed until they come from a source or the team", () => {
    expect(agesLabel({ fromBirthday: 12, untilBirthday: 18, agesToBeConfirmed: true })).toBe(
      "Ages 12 to 17 (to be confirmed)",
    );
    expect(agesLabel({ fromBirthday: 9, untilBirthday: 13, agesToBeConfirmed: false })).toBe("Ages 9 to 12");
  });

  // Review F9: S004 says around 8 sessions, S000 12 to 16 weeks, S002 16 to 20; none says 16 alone.
  it("shows adult IPT as between 8 and 20 sessions, never one fixed number the sources do not agree on", () => {
    const html = renderToStaticMarkup(createElement(ProgrammeFacts, { programme: "adult-ipt" }));
    expect(html).toContain("Between 8 and 20 sessions, usually once a week");
    expect(html).not.toMatch(/\b16 sessions/);
  });

  // Review F5, F6: no source gives ages for IPT-A or the skills group; FB-IPT's 9 to 12 is S000:15.
  it("shows the IPT-A and skills group ages as to be confirmed, and FB-IPT's from its source", () => {
    for (const programme of ["ipt-a", "ipt-ast"] as const) {
      const html = renderToStaticMarkup(createElement(ProgrammeFacts, { programme }));
      expect(html, programme).toContain("Ages 12 to 17 (to be confirmed)");
    }
    const list = renderToStaticMarkup(createElement(ProgrammeList));
    expect(list).toContain("For young people with depression. Ages 12 to 17 (to be confirmed).");
    expect(renderToStaticMarkup(createElement(ProgrammeFacts, { programme: "fb-ipt" }))).not.toContain(
      "to be confirmed",
    );
  });

  it("shows the ages and sessions from content/service.json", () => {
    const html = renderToStaticMarkup(createElement(ProgrammeFacts, { programme: "fb-ipt" }));
    expect(html).toContain("Ages 9 to 12");
    expect(html).toContain("14 sessions");
  });
});
