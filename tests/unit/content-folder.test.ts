import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadContentFrom } from "@/lib/content";

// A copy of the real content folder, so each test can break one thing the way an editor might.
let root: string;
beforeEach(() => {
  root = path.join(mkdtempSync(path.join(tmpdir(), "ipt-content-")), "content");
  cpSync("content", root, { recursive: true });
});
afterEach(() => rmSync(path.dirname(root), { recursive: true, force: true }));

const page = (front: string) => `---\n${front}\n---\n\nSome words.\n`;
const valid =
  "title: New page\ndescription: A new page.\naudience: [everyone]\nlastReviewed: 2026-11-22\nnextReviewDue: 2027-11-22\nsources: [S000]\nclinicalReviewer: awaiting review";

describe("loading the content folder (what next build does)", () => {
  it("loads the real folder", () => {
    expect(loadContentFrom(root).length).toBeGreaterThan(20);
  });

  it("picks up a new page with no code change", () => {
    writeFileSync(path.join(root, "new-page.mdx"), page(valid));
    expect(loadContentFrom(root).map((e) => e.url)).toContain("/new-page");
  });

  it("stops on one broken page, naming the file and the field", () => {
    writeFileSync(path.join(root, "new-page.mdx"), page(valid.replace("description: A new page.\n", "")));
    expect(() => loadContentFrom(root)).toThrow('content/new-page.mdx: frontmatter field "description": is missing');
  });

  it("stops on a broken course, naming the file and the field", () => {
    writeFileSync(
      path.join(root, "courses", "new-course.mdx"),
      page(`${valid}\ndates: []\nlength: 1 day\nfee: 100\ncourseAudience: Therapists.\nentryRequirements: [None]`),
    );
    expect(() => loadContentFrom(root)).toThrow(
      'content/courses/new-course.mdx: frontmatter field "cpdHours": is missing',
    );
  });

  it("stops when a page names a parent that does not exist", () => {
    writeFileSync(path.join(root, "new-page.mdx"), page(`${valid}\nparent: no-such-page`));
    expect(() => loadContentFrom(root)).toThrow(
      'content/new-page.mdx: frontmatter field "parent": no page called "no-such-page"',
    );
  });

  it("stops when a programme in content/service.json has no page", () => {
    rmSync(path.join(root, "ipt-skills-group.mdx"));
    expect(() => loadContentFrom(root)).toThrow('content/service.json: programme "ipt-ast" has no page');
  });
});
