import { describe, expect, it } from "vitest";
import { ContentError, loadContentFile, parseFrontmatter, type ContentFile } from "@/lib/content";

const page = {
  title: "What is IPT?",
  description: "A talking therapy for depression.",
  audience: ["everyone"],
  lastReviewed: "2026-11-22",
  nextReviewDue: "2027-11-22",
  sources: ["S000 children's mental health charity (shared/seeds/000)"],
  clinicalReviewer: "awaiting review",
};
const course = {
  ...page,
  audience: ["professionals"],
  dates: ["2027-03-01"],
  length: "6 days",
  fee: 1250,
  cpdHours: 36,
  courseAudience: "Experienced mental health professionals.",
  entryRequirements: ["A mental health qualification"],
};

const without = <T extends object>(value: T, key: keyof T) =>
  Object.fromEntries(Object.entries(value).filter(([k]) => k !== key));
const problem = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error("expected a ContentError");
};

describe("frontmatter validation", () => {
  it("accepts a complete page, a programme page and a course", () => {
    expect(parseFrontmatter("content/a.mdx", "pages", page).kind).toBe("page");
    expect(parseFrontmatter("content/b.mdx", "pages", { ...page, kind: "programme", programme: "ipt-a" }).kind).toBe(
      "programme",
    );
    expect(parseFrontmatter("content/courses/c.mdx", "courses", course).kind).toBe("course");
  });

  it.each(["title", "description", "audience", "lastReviewed", "nextReviewDue"] as const)(
    "names the file and says the %s field is missing",
    (field) => {
      expect(problem(() => parseFrontmatter("content/broken.mdx", "pages", without(page, field)))).toBe(
        `content/broken.mdx: frontmatter field "${field}": is missing`,
      );
    },
  );

  it("rejects a date that is not a real date", () => {
    expect(
      problem(() => parseFrontmatter("content/broken.mdx", "pages", { ...page, lastReviewed: "2026-02-30" })),
    ).toBe('content/broken.mdx: frontmatter field "lastReviewed": not a real date');
  });

  it("rejects a next review that is not after the last one", () => {
    expect(
      problem(() => parseFrontmatter("content/broken.mdx", "pages", { ...page, nextReviewDue: "2026-11-01" })),
    ).toContain('field "nextReviewDue": must be after lastReviewed');
  });

  it("rejects an audience it does not know", () => {
    expect(
      problem(() => parseFrontmatter("content/broken.mdx", "pages", { ...page, audience: ["teenagers"] })),
    ).toMatch(/^content\/broken\.mdx: frontmatter field "audience\.0": /);
  });

  it("rejects a programme page for a programme that does not exist", () => {
    const message = problem(() =>
      parseFrontmatter("content/broken.mdx", "pages", { ...page, kind: "programme", programme: "ipt-x" }),
    );
    expect(message).toMatch(/^content\/broken\.mdx: frontmatter field "programme": /);
  });

  it("rejects a misspelt field rather than ignoring it", () => {
    expect(problem(() => parseFrontmatter("content/broken.mdx", "pages", { ...page, lastReviewd: "2026-11-22" }))).toBe(
      'content/broken.mdx: frontmatter unknown field(s) "lastReviewd"',
    );
  });

  it.each(["dates", "fee", "cpdHours", "courseAudience", "entryRequirements", "length"] as const)(
    "says a course's %s field is missing",
    (field) => {
      expect(
        problem(() => parseFrontmatter("content/courses/broken.mdx", "courses", without(course, field))),
      ).toContain(`content/courses/broken.mdx: frontmatter field "${field}": is missing`);
    },
  );

  it("explains what a course fee must be", () => {
    expect(
      problem(() => parseFrontmatter("content/courses/broken.mdx", "courses", { ...course, fee: "about £1,000" })),
    ).toBe('content/courses/broken.mdx: frontmatter field "fee": expected a fee in pounds or "to be confirmed"');
  });

  it("lists every problem at once, not just the first", () => {
    const message = problem(() =>
      parseFrontmatter("content/broken.mdx", "pages", {
        audience: ["everyone"],
        lastReviewed: "2026-11-22",
        nextReviewDue: "2027-11-22",
      }),
    );
    expect(message).toContain('field "title": is missing');
    expect(message).toContain('field "description": is missing');
  });
});

describe("reading a content file", () => {
  const file: ContentFile = {
    file: "content/example.mdx",
    absolutePath: "/nowhere/example.mdx",
    slug: "example",
    collection: "pages",
  };
  const front = `---\ntitle: Example\ndescription: An example page.\naudience: [everyone]\nlastReviewed: 2026-11-22\nnextReviewDue: 2027-11-22\nsources: [S000]\nclinicalReviewer: awaiting review\n---\n`;

  it("splits the frontmatter from the body and gives the page its address", () => {
    const entry = loadContentFile(file, `${front}\nSome words.\n`);
    expect(entry.meta.title).toBe("Example");
    expect(entry.url).toBe("/example");
    expect(entry.body.trim()).toBe("Some words.");
  });

  it("refuses a file with no frontmatter", () => {
    expect(problem(() => loadContentFile(file, "Just words.\n"))).toBe(
      "content/example.mdx: frontmatter is missing (start the file with a --- block)",
    );
  });

  it("refuses frontmatter that is not valid YAML", () => {
    expect(problem(() => loadContentFile(file, "---\ntitle: [unclosed\n---\nWords.\n"))).toMatch(
      /^content\/example\.mdx: frontmatter is not valid YAML/,
    );
  });

  it("refuses a second level-1 heading in the body", () => {
    expect(problem(() => loadContentFile(file, `${front}\n# Another title\n`))).toBe(
      "content/example.mdx: body has a level-1 heading; the title field is the page's heading",
    );
  });
});
