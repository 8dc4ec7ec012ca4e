import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContentPage, contentMetadata } from "@/components/content/content-page";
import { getPage } from "@/lib/content";

const training = () => getPage("training") ?? notFound();

export function generateMetadata(): Metadata {
  return contentMetadata(training());
}

/** content/training.mdx, whose <CourseList /> lists content/courses/*.mdx. */
export default function TrainingPage() {
  return <ContentPage entry={training()} />;
}
