import { describe, expect, it } from "vitest";
import { ContentError, parseFrontmatter } from "@/lib/content";

// Each frontmatter field's own rule and the exact words an editor is shown when it is broken
// (lib/content/frontmatter.ts); the main frontmatter tests cover the missing fields.

const page = {
  title: "What is IPT?",
  description: "A talking therapy for depression.",
  audience: ["everyone"],
  lastReviewed: "2026-11-22",
  nextReviewDue: "2027-11-22",
  sources: ["S000 (shared/seeds/000)"],
  clinicalReviewer: "awaiting review",
};
const course = {
  ...page,
  dates: [],
  length: "6 days",
  fee: 0,
  cpdHours: 1,
  courseAudience: "Therapists.",
  entryRequirements: ["A qualification"],
};
const pageProblem = (changes: Record<string, unknown>) => problemWith("pages", { ...page, ...changes });
const courseProblem = (changes: Record<string, unknown>) => problemWith("courses", { ...course, ...changes });
function problemWith(collection: "pages" | "courses", data: unknown): string {
  try {
    parseFrontmatter("content/x.mdx", collection, data);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message.replace("content/x.mdx: frontmatter ", "");
  }
  return "accepted";
}

describe("frontmatter text fields", () => {
  it("refuses an empty or blank title, and one over 90 characters", () => {
    expect(pageProblem({ title: "" })).toBe('field "title": must not be empty');
    expect(pageProblem({ title: "   " })).toBe('field "title": must not be empty');
    expect(pageProblem({ title: "x".repeat(90) })).toBe("accepted");
    expect(pageProblem({ title: "x".repeat(91) })).toBe('field "title": must be 90 characters or fewer');
  });

  it("caps the description at 200, a source at 300 and the reviewer at 120 characters", () => {
    expect(pageProblem({ description: "x".repeat(201) })).toBe('field "description": must be 200 characters or fewer');
    expect(pageProblem({ sources: ["x".repeat(301)] })).toBe('field "sources.0": must be 300 characters or fewer');
    expect(pageProblem({ clinicalReviewer: "x".repeat(121) })).toBe(
      'field "clinicalReviewer": must be 120 characters or fewer',
    );
  });

  it("says text was expected when a field holds a number", () => {
    expect(pageProblem({ title: 7 })).toBe('field "title": expected some text');
  });

  it("trims the text it keeps", () => {
    expect(parseFrontmatter("content/x.mdx", "pages", { ...page, title: "  Title  " }).title).toBe("Title");
  });
});

describe("frontmatter lists", () => {
  it("needs at least one audience and one source", () => {
    expect(pageProblem({ audience: [] })).toBe('field "audience": name at least one audience');
    expect(pageProblem({ sources: [] })).toBe('field "sources": name at least one source');
  });

  it("needs at least one entry requirement on a course", () => {
    expect(courseProblem({ entryRequirements: [] })).toBe(
      'field "entryRequirements": list at least one entry requirement',
    );
  });
});

describe("frontmatter dates", () => {
  it.each(["2026-1-22", "22-11-2026", "2026-11-22T00:00", "x2026-11-22", "2026-11-22x", "2026/11/22"])(
    "refuses %j, which is not written as YYYY-MM-DD",
    (date) => {
      expect(pageProblem({ lastReviewed: date })).toContain(
        'field "lastReviewed": expected a date written as YYYY-MM-DD',
      );
    },
  );

  it("refuses a month or day that does not exist", () => {
    expect(pageProblem({ lastReviewed: "2026-13-01" })).toContain('field "lastReviewed": not a real date');
    expect(pageProblem({ lastReviewed: "2026-04-31" })).toContain('field "lastReviewed": not a real date');
  });

  it("refuses a next review on the same day as the last one, and takes the day after", () => {
    expect(pageProblem({ nextReviewDue: page.lastReviewed })).toBe('field "nextReviewDue": must be after lastReviewed');
    expect(pageProblem({ nextReviewDue: "2026-11-23" })).toBe("accepted");
  });

  it("checks the review order on programme pages and courses too", () => {
    expect(problemWith("pages", { ...page, kind: "programme", programme: "ipt-a", nextReviewDue: "2026-01-01" })).toBe(
      'field "nextReviewDue": must be after lastReviewed',
    );
    expect(courseProblem({ nextReviewDue: "2026-01-01" })).toBe('field "nextReviewDue": must be after lastReviewed');
  });

  it("checks every course date", () => {
    expect(courseProblem({ dates: ["2027-01-01", "2027-02-30"] })).toBe('field "dates.1": not a real date');
  });
});

describe("the parent page", () => {
  it("is the slug of another page: lower-case letters, digits and hyphens only", () => {
    expect(pageProblem({ parent: "ipt-for-adults-2" })).toBe("accepted");
    for (const parent of ["IPT", "ipt/adults", "ipt adults", "", "/ipt"]) {
      expect(pageProblem({ parent })).toBe('field "parent": expected the slug of another page');
    }
  });
});

describe("a course's fee, hours and dates", () => {
  it("takes a whole fee from zero, or 'to be confirmed'", () => {
    expect(courseProblem({ fee: 0 })).toBe("accepted");
    expect(courseProblem({ fee: "to be confirmed" })).toBe("accepted");
    expect(courseProblem({ fee: "TBC" })).toBe('field "fee": expected a fee in pounds or "to be confirmed"');
    for (const fee of [-1, 12.5]) expect(courseProblem({ fee })).toMatch(/^field "fee": /);
  });

  it("takes CPD hours above zero up to 500, or 'to be confirmed'", () => {
    expect(courseProblem({ cpdHours: 0.5 })).toBe("accepted");
    expect(courseProblem({ cpdHours: 500 })).toBe("accepted");
    expect(courseProblem({ cpdHours: "to be confirmed" })).toBe("accepted");
    expect(courseProblem({ cpdHours: "lots" })).toBe(
      'field "cpdHours": expected CPD hours as a number or "to be confirmed"',
    );
    for (const cpdHours of [0, 501]) expect(courseProblem({ cpdHours })).toMatch(/^field "cpdHours": /);
  });

  it("marks course dates unconfirmed unless the team says so, and is always a course", () => {
    const parsed = parseFrontmatter("content/x.mdx", "courses", course);
    expect(parsed).toMatchObject({ kind: "course", datesConfirmed: false });
    expect(parseFrontmatter("content/x.mdx", "courses", { ...course, datesConfirmed: true })).toMatchObject({
      datesConfirmed: true,
    });
    expect(courseProblem({ kind: "programme" })).toMatch(/^field "kind": /);
  });
});

describe("which schema a file is checked with", () => {
  it("checks a page as a page unless it says kind: programme", () => {
    expect(parseFrontmatter("content/x.mdx", "pages", page).kind).toBe("page");
    expect(pageProblem({ dates: [] })).toBe('unknown field(s) "dates"');
    expect(pageProblem({ kind: "programme" })).toContain('field "programme": is missing');
    expect(pageProblem({ kind: "course" })).toContain('field "kind"');
  });

  it("lists every unknown field, each quoted", () => {
    expect(pageProblem({ a: 1, b: 2 })).toBe('unknown field(s) "a", "b"');
  });

  it("reports frontmatter that is not a set of fields against the frontmatter itself", () => {
    expect(problemWith("pages", "just text")).toMatch(/^field "\(frontmatter\)": /);
    expect(problemWith("pages", null)).toContain('field "title": is missing');
  });

  it("says a field is missing only when it is absent, and gives the rule when it is present but wrong", () => {
    expect(pageProblem({ audience: undefined })).toBe('field "audience": is missing');
    expect(pageProblem({ audience: [undefined] })).toBe('field "audience.0": is missing');
    expect(pageProblem({ audience: ["x"] })).not.toContain("is missing");
  });
});
