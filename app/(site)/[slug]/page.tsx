import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContentPage, contentMetadata } from "@/components/content/content-page";
import { getPage, getPages } from "@/lib/content";

// Pages that have their own route file.
const ownRoutes = new Set(["home", "training"]);

export const dynamicParams = false;

export function generateStaticParams() {
  return getPages()
    .filter((page) => !ownRoutes.has(page.slug))
    .map((page) => ({ slug: page.slug }));
}

interface Props {
  params: Promise<{ slug: string }>;
}

async function entryFor(params: Props["params"]) {
  const { slug } = await params;
  const page = ownRoutes.has(slug) ? undefined : getPage(slug);
  return page ?? notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return contentMetadata(await entryFor(params));
}

/** content/<slug>.mdx, generated at build. */
export default async function Page({ params }: Props) {
  return <ContentPage entry={await entryFor(params)} />;
}
