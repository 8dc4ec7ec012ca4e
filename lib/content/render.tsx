import "server-only";
import { evaluate } from "@mdx-js/mdx";
import type { MDXComponents } from "mdx/types";
import type { ReactElement } from "react";
import * as runtime from "react/jsx-runtime";
import { ContentError } from "./frontmatter";
import { remarkWithoutCode } from "./mdx-without-code";
import type { ContentEntry } from "./load";

export type { MDXComponents };

/**
 * Compiles a page's MDX on the server. Pages are generated at build time, so this runs during
 * `next build`, never in the browser: readers get plain HTML and no MDX code at all.
 */
export async function renderContent(entry: ContentEntry, components: MDXComponents): Promise<ReactElement> {
  try {
    const { default: Content } = await evaluate(entry.body, {
      ...runtime,
      baseUrl: import.meta.url,
      remarkPlugins: [remarkWithoutCode],
    });
    return <Content components={components} />;
  } catch (error) {
    throw new ContentError(`${entry.file}: MDX could not be compiled: ${(error as Error).message}`);
  }
}
