import type { ReactNode } from "react";
import { SiteFrame } from "@/components/layout/site-frame";

/** Every public page: information, journeys, search and the young person's own view. */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteFrame>{children}</SiteFrame>;
}
