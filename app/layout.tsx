import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { TrialBanner } from "@/components/layout/trial-banner";
import { getService } from "@/lib/config";
import { siteUrl } from "@/lib/content/site-url";
import "./styles/site.scss";

const service = getService();

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  title: { default: service.name, template: `%s – ${service.name}` },
  description: `${service.name}: Interpersonal Psychotherapy (IPT) for depression. Information and referrals.`,
  applicationName: service.name,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/** The frame of every page, the referral journeys and the dashboard included. Static: it reads no request data. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB" className="nhsuk-template">
      <body className="nhsuk-template__body">
        <a className="nhsuk-skip-link" href="#maincontent">
          Skip to main content
        </a>
        <SiteHeader />
        <div className="nhsuk-width-container">
          <main className="nhsuk-main-wrapper" id="maincontent" tabIndex={-1}>
            <TrialBanner />
            {children}
          </main>
        </div>
        <SiteFooter />
      </body>
    </html>
  );
}
