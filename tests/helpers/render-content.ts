import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { ContentPageView } from "@/components/content/content-page";
import { mdxComponents } from "@/components/content/mdx-components";
import { renderContent, type ContentEntry } from "@/lib/content";

/** A content page's main area as the site renders it: title, summary, MDX body and review dates. */
export async function renderContentHtml(entry: ContentEntry): Promise<string> {
  const body = await renderContent(entry, mdxComponents);
  return renderToStaticMarkup(createElement(ContentPageView, { entry, body }));
}
