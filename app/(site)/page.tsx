import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContentPage, contentMetadata } from "@/components/content/content-page";
import { getPage } from "@/lib/content";

const home = () => getPage("home") ?? notFound();

export function generateMetadata(): Metadata {
  return contentMetadata(home());
}

/** content/home.mdx */
export default function HomePage() {
  return <ContentPage entry={home()} />;
}
