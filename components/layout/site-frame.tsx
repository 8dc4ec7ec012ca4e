import type { ReactNode } from "react";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import { TrialBanner } from "./trial-banner";

/**
 * The public site's frame: header with search and "Get help now", the page in <main>, footer.
 * The dashboard has its own (app/admin/layout.tsx), so staff never see public navigation.
 */
export function SiteFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent" tabIndex={-1}>
          <TrialBanner />
          {children}
        </main>
      </div>
      <SiteFooter />
    </>
  );
}
