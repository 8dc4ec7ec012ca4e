import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getService } from "@/lib/config";
import { getAllContent, getCourses, getPages } from "@/lib/content";
import { sessionCount } from "@/lib/content/programmes";
import { renderContentHtml } from "../helpers/render-content";

// Found by listing the folders, so a new content file is covered here without editing this test.
const entries = getAllContent();

describe("content files", () => {
  it("finds every .mdx file in content/ and content/courses/", () => {
    const onDisk = readdirSync("content", { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".mdx"))
      .map((name) => `content/${name}`);
    expect(entries.map((e) => e.file).sort()).toEqual(onDisk.sort());
    expect(getPages().length).toBeGreaterThanOrEqual(16);
    expect(getCourses().length).toBeGreaterThanOrEqual(5);
  });

  it("gives every page its own address", () => {
    const urls = entries.map((e) => e.url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("has a page for every programme the service describes", () => {
    const described = getPages().flatMap((page) => (page.meta.kind === "programme" ? [page.meta.programme] : []));
    expect(described.sort()).toEqual(
      getService()
        .programmes.map((p) => p.id)
        .sort(),
    );
  });

  it.each(entries.map((entry) => [entry.file, entry] as const))(
    "%s renders with one heading, its review dates and no unfilled parts",
    async (_file, entry) => {
      const html = await renderContentHtml(entry);
      expect(html.match(/<h1[ >]/g)).toHaveLength(1);
      expect(html).toContain(`<h1>${escape(entry.meta.title)}</h1>`);
      expect(html).toMatch(/Page last reviewed: <time dateTime="\d{4}-\d{2}-\d{2}">/);
      expect(html).toMatch(/Next review due: <time dateTime="\d{4}-\d{2}-\d{2}">/);
      expect(html).not.toMatch(/undefined|NaN|\[object Object\]/);
    },
  );
});

describe("programme and course pages", () => {
  it("shows each programme's ages and sessions from content/service.json", async () => {
    for (const page of getPages()) {
      if (page.meta.kind !== "programme") continue;
      const programmeId = page.meta.programme;
      const programme = getService().programmes.find((p) => p.id === programmeId)!;
      const html = await renderContentHtml(page);
      expect(html, page.file).toContain(`Ages ${programme.fromBirthday}`);
      expect(html, page.file).toContain(sessionCount(programme));
      expect(html, page.file).toContain('href="/refer"');
    }
  });

  it("shows each course's dates, fee, CPD hours, audience and entry requirements", async () => {
    for (const course of getCourses()) {
      const html = await renderContentHtml(course);
      for (const key of ["Next start dates", "Fee", "CPD hours", "Who it is for", "Entry requirements"])
        expect(html, course.file).toContain(`>${key}</dt>`);
      for (const requirement of course.meta.entryRequirements) expect(html, course.file).toContain(escape(requirement));
    }
  });
});

function escape(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/'/g, "&#x27;")
    .replace(/"/g, "&quot;");
}

describe("MDX components", () => {
  it("fails loudly on a component the site does not have, rather than leaving a gap", async () => {
    const entry = { ...getPages()[0]!, body: "Call us.\n\n<PhoneNumbr />\n" };
    await expect(renderContentHtml(entry)).rejects.toThrow(/PhoneNumbr/);
  });
});
