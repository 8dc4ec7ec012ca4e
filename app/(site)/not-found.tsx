import type { Metadata } from "next";
import { NotFoundContent } from "@/components/layout/not-found-content";

export const metadata: Metadata = { title: "Page not found" };

/** A public page that called notFound() (an unknown programme, course or journey): already in the site's frame. */
export default function NotFound() {
  return <NotFoundContent />;
}
