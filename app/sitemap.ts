import type { MetadataRoute } from "next";
import { getAllContent, siteUrl } from "@/lib/content";

/** Every content page, with the date its words were last reviewed. */
export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  return getAllContent().map((entry) => ({
    url: new URL(entry.url, base).toString(),
    lastModified: entry.meta.lastReviewed,
  }));
}
