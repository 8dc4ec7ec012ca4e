import type { Metadata } from "next";
import { StaffTable } from "@/components/admin/staff-table";
import { requireStaff } from "@/lib/auth";
import { revokeSessionsAction, setActiveAction } from "./actions";
import { staffAccounts } from "@/lib/staff";

export const metadata: Metadata = { title: "Staff" };

export default async function StaffPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const context = await requireStaff("staff:manage");
  const [staff, query] = await Promise.all([staffAccounts.list(), searchParams]);
  return (
    <>
      {query.done && (
        <div className="nhsuk-inset-text" role="status">
          <p>Saved. Any sessions ended have stopped working at once.</p>
        </div>
      )}
      <h1>Staff</h1>
      <StaffTable
        staff={staff}
        selfId={context.staff.id}
        actions={{ setActive: setActiveAction, revokeSessions: revokeSessionsAction }}
      />
      <h2>Add a member of staff</h2>
      <p>
        Staff accounts are created by whoever runs the service, with <code>npm run staff:create</code>. The new person
        gets a one-time password and must choose their own, and set up two-factor sign-in, when they first sign in.
      </p>
    </>
  );
}
