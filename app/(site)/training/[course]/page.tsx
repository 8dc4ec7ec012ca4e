import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContentPage, contentMetadata } from "@/components/content/content-page";
import { getCourse, getCourses } from "@/lib/content";

export const dynamicParams = false;

export function generateStaticParams() {
  return getCourses().map((course) => ({ course: course.slug }));
}

interface Props {
  params: Promise<{ course: string }>;
}

async function entryFor(params: Props["params"]) {
  return getCourse((await params).course) ?? notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return contentMetadata(await entryFor(params));
}

/** content/courses/<course>.mdx, generated at build. */
export default async function CoursePage({ params }: Props) {
  return <ContentPage entry={await entryFor(params)} />;
}
