// No "server-only" here: the end-to-end tests use this to find every page to visit.
import { readdirSync } from "node:fs";
import path from "node:path";
import type { Collection } from "./frontmatter";

/** Where the MDX lives: content/*.mdx are pages, content/courses/*.mdx are courses. */
export const contentRoot = path.join(process.cwd(), "content");

export interface ContentFile {
  /** Path from the project root, as people will look for it: content/faq.mdx. */
  file: string;
  absolutePath: string;
  slug: string;
  collection: Collection;
}

const folders: Record<Collection, string> = { pages: "", courses: "courses" };

/** Every MDX file in the content folders, found by looking, so a new file needs no code change. */
export function listContentFiles(root = contentRoot): ContentFile[] {
  return (Object.keys(folders) as Collection[]).flatMap((collection) => {
    const folder = path.join(/*turbopackIgnore: true*/ root, folders[collection]);
    return readdirSync(folder)
      .filter((name) => name.endsWith(".mdx"))
      .sort()
      .map((name) => {
        const absolutePath = path.join(/*turbopackIgnore: true*/ folder, name);
        return {
          file: path.relative(path.dirname(root), absolutePath),
          absolutePath,
          slug: name.replace(/\.mdx$/, ""),
          collection,
        };
      });
  });
}

/** The page's address on the site. */
export function urlFor(file: Pick<ContentFile, "slug" | "collection">): string {
  if (file.collection === "courses") return `/training/${file.slug}`;
  return file.slug === "home" ? "/" : `/${file.slug}`;
}
