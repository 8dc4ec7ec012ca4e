import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/content";

/** Information pages are for everyone to find; staff pages, the API and search results are not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/api/", "/search"] }],
    sitemap: new URL("/sitemap.xml", siteUrl()).toString(),
  };
}
