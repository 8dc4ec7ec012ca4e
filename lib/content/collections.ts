import "server-only";
import { getService } from "@/lib/config";
import { listContentFiles } from "./files";
import { ContentError, type CourseMeta, type PageMeta, type ProgrammeMeta } from "./frontmatter";
import { loadContentFile, type ContentEntry } from "./load";
import { overdueReviews, pagesAwaitingClinicalReview } from "./reviews";

export type PageEntry = ContentEntry<PageMeta | ProgrammeMeta>;
export type CourseEntry = ContentEntry<CourseMeta>;

let cached: ContentEntry[] | undefined;

/**
 * Every content file, loaded and checked once per process. Any broken file throws, so
 * `next build` stops with the file and field named.
 */
export function getAllContent(): ContentEntry[] {
  if (!cached) {
    cached = loadContentFrom();
    // An overdue page still builds (its words are not wrong because a date passed), but the
    // build log says so, so editors see it at every deploy.
    for (const line of overdueReviews(cached, new Date().toISOString().slice(0, 10))) console.warn(`[content] ${line}`);
    for (const line of pagesAwaitingClinicalReview(cached)) console.warn(`[content] ${line}`);
  }
  return cached;
}

/** Loads and checks every file under a content folder (content/ unless a test gives another). */
export function loadContentFrom(root?: string): ContentEntry[] {
  return checkLinks(listContentFiles(root).map((file) => loadContentFile(file)));
}

export function getPages(): PageEntry[] {
  return getAllContent().filter((entry): entry is PageEntry => entry.collection === "pages");
}

export function getPage(slug: string): PageEntry | undefined {
  return getPages().find((page) => page.slug === slug);
}

/** Courses, soonest first; courses without dates come last. */
export function getCourses(): CourseEntry[] {
  const courses = getAllContent().filter((entry): entry is CourseEntry => entry.collection === "courses");
  const first = (course: CourseEntry) => course.meta.dates[0] ?? "9999";
  return courses.sort((a, b) => first(a).localeCompare(first(b)) || a.meta.title.localeCompare(b.meta.title));
}

export function getCourse(slug: string): CourseEntry | undefined {
  return getCourses().find((course) => course.slug === slug);
}

/** The page that describes a programme, if there is one. */
export function getProgrammePage(programmeId: string): PageEntry | undefined {
  return getPages().find((page) => page.meta.kind === "programme" && page.meta.programme === programmeId);
}

// Parents must exist, and each programme in content/service.json needs its page.
function checkLinks(entries: ContentEntry[]): ContentEntry[] {
  const pageSlugs = new Set(entries.filter((e) => e.collection === "pages").map((e) => e.slug));
  for (const entry of entries) {
    if (entry.meta.parent && !pageSlugs.has(entry.meta.parent)) {
      throw new ContentError(`${entry.file}: frontmatter field "parent": no page called "${entry.meta.parent}"`);
    }
  }
  for (const programme of getService().programmes) {
    const described = entries.some((e) => e.meta.kind === "programme" && e.meta.programme === programme.id);
    if (!described)
      throw new ContentError(
        `content/service.json: programme "${programme.id}" has no page (add content/<slug>.mdx with kind: programme)`,
      );
  }
  return entries;
}
