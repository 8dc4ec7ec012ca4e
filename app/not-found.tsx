import type { Metadata } from "next";
import { NotFoundContent } from "@/components/layout/not-found-content";
import { SiteFrame } from "@/components/layout/site-frame";

export const metadata: Metadata = { title: "Page not found" };

/** An address that matches no route: rendered in the root layout alone, so it brings the site's frame. */
export default function NotFound() {
  return (
    <SiteFrame>
      <NotFoundContent />
    </SiteFrame>
  );
}
