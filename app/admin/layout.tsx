import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./admin.css";
import { AdminHeader } from "@/components/admin/admin-header";
import { TrialBanner } from "@/components/layout/trial-banner";
import { EscalationBanner } from "@/components/admin/escalation-banner";
import { escalation } from "@/lib/escalation";
import { currentStaff, roleAllows } from "@/lib/auth";
import { getService } from "@/lib/config";
import { triage } from "@/lib/triage";
import { signOutAction } from "./actions";

export const metadata: Metadata = {
  title: { default: "Staff dashboard", template: "%s – Staff dashboard" },
  robots: { index: false, follow: false },
  // The site-wide header says no-referrer, which makes browsers send "Origin: null" with a plain
  // form POST; Next then refuses the server action as cross-site, breaking every form with
  // JavaScript off. same-origin still sends nothing to other sites.
  referrer: "same-origin",
};

/**
 * The dashboard's own frame: the staff header and the page, full width, with none of the public
 * site's navigation, search or footer. Navigation only: every page checks the session and role itself.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const staff = await currentStaff();
  // Counted only for someone who may act on them; the page itself checks again.
  const heldWaiting =
    staff && !staff.pendingStep && roleAllows(staff.role, "referral:update") ? await triage.heldWaiting() : 0;
  return (
    <div className="admin-shell">
      {/* eslint-disable-next-line @next/next/no-css-tags -- the NHS stylesheet cannot go through Turbopack's CSS parser; see its route */}
      <link rel="stylesheet" href="/admin/nhsuk-frontend.css" precedence="default" />
      <AdminHeader serviceName={getService().name} staff={staff} signOut={signOutAction} heldWaiting={heldWaiting} />
      <main className="nhsuk-width-container admin-width" id="maincontent" tabIndex={-1}>
        <TrialBanner />
        <EscalationBanner data={await escalation.bannerFor(staff)} />
        {children}
      </main>
    </div>
  );
}
