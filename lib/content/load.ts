import "server-only";
import { readFileSync } from "node:fs";
import { VFile } from "vfile";
import { matter } from "vfile-matter";
import { ContentError, parseFrontmatter, type ContentMeta } from "./frontmatter";
import { urlFor, type ContentFile } from "./files";

export interface ContentEntry<M extends ContentMeta = ContentMeta> extends ContentFile {
  meta: M;
  /** The page's address on the site. */
  url: string;
  /** MDX without its frontmatter. */
  body: string;
}

/** Reads one file, checking its frontmatter and the few rules the layout relies on. */
export function loadContentFile(file: ContentFile, source = readFileSync(file.absolutePath, "utf8")): ContentEntry {
  if (!/^\s*---\r?\n/.test(source))
    throw new ContentError(`${file.file}: frontmatter is missing (start the file with a --- block)`);
  const vfile = new VFile({ path: file.file, value: source });
  try {
    matter(vfile, { strip: true });
  } catch (error) {
    throw new ContentError(`${file.file}: frontmatter is not valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  const meta = parseFrontmatter(file.file, file.collection, vfile.data.matter);
  const body = String(vfile.value);
  // The page title from frontmatter is the only level-1 heading; a second one confuses screen readers.
  if (/^#\s/m.test(body))
    throw new ContentError(`${file.file}: body has a level-1 heading; the title field is the page's heading`);
  return { ...file, meta, url: urlFor(file), body };
}
