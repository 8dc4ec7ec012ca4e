import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PageShell } from "@/components/layout/page-shell";
import type { Crumb } from "@/components/layout/breadcrumbs";
import { getPage, renderContent, type ContentEntry, type CourseMeta } from "@/lib/content";
import { CourseFacts } from "./course-facts";
import { mdxComponents } from "./mdx-components";
import { ProgrammeFacts } from "./programme-facts";
import { ProgrammeCallToActionFor } from "./programme-call-to-action";
import { LanguageHelp } from "./language-help";

/** Home, then each parent page, down to (not including) this one. */
export function breadcrumbTrail(entry: ContentEntry): Crumb[] {
  if (entry.url === "/") return [];
  const trail: Crumb[] = [];
  let parentSlug = entry.collection === "courses" ? "training" : entry.meta.parent;
  while (parentSlug) {
    const parent = getPage(parentSlug);
    if (!parent || trail.some((crumb) => crumb.href === parent.url)) break;
    trail.unshift({ href: parent.url, text: parent.meta.title });
    parentSlug = parent.meta.parent;
  }
  return [{ href: "/", text: "Home" }, ...trail];
}

/** Title, description and canonical address, from the page's frontmatter. */
export function contentMetadata(entry: ContentEntry): Metadata {
  return {
    title: entry.meta.title,
    description: entry.meta.description,
    alternates: { canonical: entry.url },
    openGraph: { title: entry.meta.title, description: entry.meta.description, url: entry.url, type: "website" },
  };
}

export interface ContentPageProps {
  entry: ContentEntry;
}

/** Renders any content file in the site's page frame; programme and course pages get their facts. */
export async function ContentPage({ entry }: ContentPageProps) {
  return <ContentPageView entry={entry} body={await renderContent(entry, mdxComponents)} />;
}

export interface ContentPageViewProps extends ContentPageProps {
  body: ReactNode;
}

/** The page around an already compiled body; synchronous, so tests can render it to HTML. */
export function ContentPageView({ entry, body }: ContentPageViewProps) {
  const { meta } = entry;
  let summary = null;
  if (meta.kind === "programme") summary = <ProgrammeFacts programme={meta.programme} />;
  if (meta.kind === "course") summary = <CourseFacts course={meta as CourseMeta} />;
  return (
    <PageShell
      title={meta.title}
      description={meta.description}
      trail={breadcrumbTrail(entry)}
      lastReviewed={meta.lastReviewed}
      nextReviewDue={meta.nextReviewDue}
      clinicalReviewer={meta.clinicalReviewer}
      summary={summary}
    >
      {body}
      {meta.kind === "programme" ? <ProgrammeCallToActionFor id={meta.programme} /> : null}
      {meta.kind === "programme" ? <LanguageHelp /> : null}
    </PageShell>
  );
}
