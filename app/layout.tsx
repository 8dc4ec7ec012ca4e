import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
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

/**
 * The document around every page. The public site's header and footer are in app/(site)/layout.tsx
 * and the dashboard's in app/admin/layout.tsx, so each part has its own frame. Static: it reads no
 * request data.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB" className="nhsuk-template">
      <body className="nhsuk-template__body">
        <a className="nhsuk-skip-link" href="#maincontent">
          Skip to main content
        </a>
        {children}
      </body>
    </html>
  );
}
