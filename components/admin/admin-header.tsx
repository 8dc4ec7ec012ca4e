import Link from "next/link";
import { roleAllows, type Permission } from "@/lib/auth/roles";
import type { Staff } from "@/lib/auth/session";
import { ServerForm } from "@/components/forms/server-form";
import type { FormActionFn } from "@/lib/forms/action";

export interface AdminHeaderProps {
  serviceName: string;
  staff: Staff | null;
  signOut: FormActionFn;
  /** Held submissions waiting for a decision, shown beside their link when there are any. */
  heldWaiting?: number;
}

const LINKS: { href: string; label: string; permission: Permission }[] = [
  { href: "/admin", label: "Inbox", permission: "referral:view" },
  { href: "/admin/held", label: "Held submissions", permission: "referral:update" },
  { href: "/admin/emails", label: "Emails not sent", permission: "referral:update" },
  { href: "/admin/audit", label: "Audit log", permission: "audit:view" },
  { href: "/admin/staff", label: "Staff", permission: "staff:manage" },
  { href: "/admin/account", label: "Your account", permission: "account:self" },
  { href: "/admin/reports", label: "Reports", permission: "report:view" },
];

/** The dashboard's header: links only for what this person may use, and sign out. */
export function AdminHeader({ serviceName, staff, signOut, heldWaiting = 0 }: AdminHeaderProps) {
  const ready = staff && !staff.pendingStep;
  return (
    <header className="admin-header">
      <div className="nhsuk-width-container admin-width admin-header__inner">
        <a className="admin-header__service" href="/admin">
          {serviceName}: staff dashboard
        </a>
        {ready && (
          <nav className="admin-header__nav" aria-label="Dashboard">
            <ul>
              {LINKS.filter((link) => roleAllows(staff.role, link.permission)).map((link) => (
                <li key={link.href}>
                  <Link href={link.href}>
                    {link.label}
                    {link.href === "/admin/held" && heldWaiting > 0 && ` (${heldWaiting})`}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {staff && (
          <div className="admin-header__user">
            <span>{staff.name}</span>
            <ServerForm action={signOut} fields={[]} submitLabel="Sign out" variant="secondary" id="sign-out" />
          </div>
        )}
      </div>
    </header>
  );
}
